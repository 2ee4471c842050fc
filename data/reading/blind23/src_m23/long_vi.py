# -*- coding: utf-8 -*-
"""Long pasted material for the Vietnamese records."""

CANCUOC_NOTES = """GHI CHÉP CỦA PHÓNG VIÊN — LUẬT CĂN CƯỚC 2023 (tóm lược, không phải văn bản chính thức)

- Luật Căn cước được Quốc hội thông qua ngày 27/11/2023, có hiệu lực từ 01/7/2024, thay thế Luật Căn cước công dân
  2014. "Thẻ căn cước công dân" đổi tên thành "thẻ căn cước".
- Thẻ căn cước cấp cho công dân Việt Nam; công dân dưới 14 tuổi được cấp theo nhu cầu. Thẻ có gắn chip điện tử.
  Mặt thẻ mới bỏ thông tin quê quán, thay bằng nơi đăng ký khai sinh; bỏ vân tay trên mặt thẻ.
- Cơ sở dữ liệu căn cước: ngoài thông tin nhân thân, lưu thông tin sinh trắc học gồm ảnh khuôn mặt, vân tay, mống mắt.
  Thông tin ADN và giọng nói được thu thập khi người dân tự nguyện cung cấp hoặc khi cơ quan tiến hành tố tụng yêu cầu
  giám định / thu thập trong quá trình giải quyết vụ việc.
- Người gốc Việt Nam chưa xác định được quốc tịch được cấp giấy chứng nhận căn cước.
- Căn cước điện tử trên ứng dụng VNeID có giá trị tương đương thẻ căn cước khi thực hiện thủ tục.
- Thẻ căn cước công dân đã cấp vẫn có giá trị đến hết thời hạn in trên thẻ.

Ý kiến đã ghi nhận
- Bộ Công an: thu thập mống mắt giúp xác thực chính xác hơn, phục vụ chuyển đổi số và dịch vụ công.
- Một luật sư: cần quy định rõ ai được truy cập dữ liệu sinh trắc học, lưu bao lâu, và trách nhiệm khi lộ lọt.
- Một chuyên gia an ninh mạng: dữ liệu khuôn mặt tập trung là mục tiêu hấp dẫn; cần kiểm toán độc lập.
- Người dân phỏng vấn ở Hà Đông: "Làm nhanh, nhưng không ai giải thích dữ liệu mặt mình dùng vào việc gì."

Liên quan: Nghị định 13/2023/NĐ-CP xếp dữ liệu sinh trắc học vào dữ liệu cá nhân nhạy cảm; Luật Bảo vệ dữ liệu cá
nhân 2025 có hiệu lực từ 01/01/2026."""

WPD_CODE = """# siamese_booking.py — Westminster PD, Investigations (draft, Det. K. Pham)
import torch, torch.nn as nn, torch.nn.functional as F
from torch.utils.data import Dataset, DataLoader
from torchvision import models, transforms
from PIL import Image
import random, glob, os

ROOT = "/mnt/ocsd_bookings"     # folder per subject: <booking_id>/<n>.jpg  (OC booking photos, 2012-2025)
subjects = [d for d in glob.glob(ROOT + "/*") if len(os.listdir(d)) >= 2]

tf = transforms.Compose([transforms.Resize((160, 160)), transforms.ToTensor()])

class Pairs(Dataset):
    def __len__(self): return 200_000
    def __getitem__(self, i):
        a = random.choice(subjects)
        if random.random() < 0.5:
            x1, x2 = random.sample(os.listdir(a), 2); y = 1
            p1, p2 = os.path.join(a, x1), os.path.join(a, x2)
        else:
            b = random.choice(subjects); y = 0
            p1 = os.path.join(a, random.choice(os.listdir(a))); p2 = os.path.join(b, random.choice(os.listdir(b)))
        return tf(Image.open(p1)), tf(Image.open(p2)), torch.tensor(y, dtype=torch.float)

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        r = models.resnet18(weights="IMAGENET1K_V1"); r.fc = nn.Linear(512, 128); self.r = r
    def forward(self, x): return F.normalize(self.r(x), dim=1)

def contrastive(e1, e2, y, m=1.0):
    d = (e1 - e2).pow(2).sum(1)
    return (y * d + (1 - y) * F.relu(m - d.sqrt()).pow(2)).mean()

net = Net().cuda(); opt = torch.optim.Adam(net.parameters(), 1e-4)
for x1, x2, y in DataLoader(Pairs(), batch_size=64, num_workers=8):
    loss = contrastive(net(x1.cuda()), net(x2.cuda()), y.cuda())
    opt.zero_grad(); loss.backward(); opt.step()

# loss đứng ở ~0.25 không giảm; ảnh grayscale bị lỗi kênh; chưa có hàm tìm top-5 trong kho theo ảnh nghi phạm"""

BIENBAN = """BIÊN BẢN LẤY LỜI KHAI (trích, đã bỏ thông tin cá nhân)

Hồi 22 giờ 10 phút ngày 14/6, tại trụ sở Công an phường Ngọc Thụy, quận Long Biên, chúng tôi gồm: Đại úy N.V.H. –
cán bộ điều tra, Thượng úy T.T.M. – ghi biên bản, tiến hành lấy lời khai của người làm chứng:

Họ tên: L.T.B., sinh năm 1971, nghề nghiệp: buôn bán tại chợ Long Biên.

Hỏi: Bà trình bày sự việc bà chứng kiến tối nay?
Trả lời: Khoảng 21 giờ, tôi đang dọn hàng ở dãy hàng rau phía cổng số 3 thì nghe chị Th. (bán rau cạnh tôi) kêu
"cướp, cướp". Tôi quay lại thấy một thanh niên giật túi vải của chị Th. rồi chạy về phía dốc cầu Long Biên.

Hỏi: Bà mô tả người thanh niên đó?
Trả lời: Khoảng 25 tuổi, người gầy, cao tầm 1m65, mặc áo phông đen, quần bò, đi dép tổ ong. Tóc cắt ngắn.

Hỏi: Bà có biết người đó không?
Trả lời: Tôi không biết tên, nhưng tôi nhận ra mặt hắn vì hắn hay ra chợ bốc vác cho mấy xe hàng từ Bắc Giang, khoảng
hai tháng nay. Mọi người gọi hắn là "Tí" hay gì đó, tôi không chắc.

Hỏi: Trong túi của chị Th. có gì?
Trả lời: Chị ấy bảo có khoảng 4 triệu tiền hàng và điện thoại.

Hỏi: Bà có đuổi theo không?
Trả lời: Tôi hô hoán nhưng không đuổi kịp. Anh bảo vệ chợ có chạy theo một đoạn nhưng mất dấu ở chân cầu.

Hỏi: Có ai khác chứng kiến không?
Trả lời: Anh Ph. bán cá và bảo vệ chợ cũng thấy.

Hỏi: Bà có muốn bổ sung gì không?
Trả lời: Khu đó tối không có đèn, mấy tháng nay mất trộm mấy lần rồi.

Biên bản kết thúc hồi 22 giờ 40 phút cùng ngày, đã đọc lại cho người làm chứng nghe, công nhận đúng và ký tên."""
