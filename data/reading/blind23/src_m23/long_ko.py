# -*- coding: utf-8 -*-
"""Long pasted material for the Korean records."""

MOJ_ARTICLE = """[취재 메모 — 기사 초고용, 보도 내용 재구성]

법무부와 과학기술정보통신부가 2019년부터 추진한 '인공지능 식별추적 시스템 구축' 사업에서, 출입국 심사 과정에서
수집된 내국인과 외국인의 얼굴 사진 등이 민간 인공지능 업체들에 학습용으로 제공된 것으로 확인됐다.

제공 규모: 외국인 얼굴 사진 약 1억 2천만 건, 내국인 약 5,700만 건 등 합계 1억 7천만 건 이상이라는 것이 시민단체
주장. 법무부는 내국인 데이터는 출입국 심사대 밖으로 반출하지 않았고, 업체 연구원이 보안 구역 안에서만 작업했다고
해명.

사업 목적: 공항 출입국 심사대에서 얼굴만으로 본인 확인을 하는 자동화, 그리고 공항 내 CCTV 영상에서 '우범자'를
식별·추적하는 기능 개발.

쟁점 1 — 목적 외 이용: 출입국 심사를 위해 수집한 정보를 AI 개발에 쓰는 것이 개인정보 보호법상 목적 외 이용인지.
법무부는 출입국관리법상 업무 범위 안이라고 주장.

쟁점 2 — 정보주체 고지: 출입국자 누구에게도 자신의 얼굴 사진이 AI 학습에 쓰인다는 사실이 알려지지 않았음.

쟁점 3 — 민간 업체 처리: 위탁인지 제3자 제공인지. 위탁이라면 위탁 사실 공개 의무.

쟁점 4 — 식별추적: 공항 CCTV로 특정인을 추적하는 기능은 출입국 심사의 범위를 넘어선 감시라는 비판.

후속: 시민단체들이 공익감사 청구와 개인정보보호위원회 조사 요청. 개인정보보호위원회는 이후 조사 결과를 발표하며
일부 위반을 인정하고 개선을 권고(과징금 여부는 후속 확인 필요). 법무부는 사업 방식 개선을 약속.

관련자 발언(요지)
- 시민단체 활동가: "국가가 수집한 가장 민감한 생체정보를 동의 없이 기업의 상품 개발에 넘긴 것."
- 법무부 관계자: "국민 편의와 보안 강화를 위한 공공사업이며 데이터는 통제된 환경에서만 사용."
- 법학 교수: "공공기관의 AI 학습 데이터 활용에 대한 명확한 법적 근거와 절차가 필요하다는 점을 보여준 사례." """

LAPD_CODE = """# fr_search/api.py — LAPD Olympic Area detective support (draft, Det. J. Cho)
from fastapi import FastAPI, UploadFile, HTTPException
import numpy as np, cv2, psycopg
from insightface.app import FaceAnalysis

app = FastAPI()
fa = FaceAnalysis(name="buffalo_l"); fa.prepare(ctx_id=0)
conn = psycopg.connect("dbname=mugshots user=fr host=10.20.0.14")

# schema (already loaded, ~1.9M LA County booking photos):
#   CREATE TABLE faces (booking_no text, name text, dob date, arrested date, emb vector(512));
#   CREATE INDEX ON faces USING ivfflat (emb vector_cosine_ops) WITH (lists = 2000);

@app.post("/search")
async def search(photo: UploadFile, k: int = 10):
    data = np.frombuffer(await photo.read(), np.uint8)
    img = cv2.imdecode(data, cv2.IMREAD_COLOR)
    faces = fa.get(img)
    emb = faces[0].normed_embedding.tolist()
    rows = conn.execute(
        "SELECT booking_no, name, dob, 1 - (emb <=> %s) AS sim FROM faces ORDER BY emb <=> %s LIMIT %s",
        (emb, emb, k)).fetchall()
    return [{"booking_no": r[0], "name": r[1], "dob": str(r[2]), "similarity": round(r[3], 3)} for r in rows]

# problems:
# 1) psycopg.errors.UndefinedFunction: operator does not exist: vector <=> numeric[]
# 2) no handling when no face / several faces
# 3) want ivfflat.probes tuned and results filtered by arrested >= 2015"""

KNPA_LAW = """[참고 조문 요지 — 교육자료 작성용 메모]

경찰관 직무집행법
- 제10조의5(영상음향기록장비의 사용): 경찰관은 범죄 수사, 현행범 체포, 공무집행 방해 우려 상황 등 법에서 정한
  경우에 신체에 착용하는 영상음향기록장비(웨어러블 카메라 등)로 촬영할 수 있다. 촬영 시 불빛, 소리, 안내판 등으로
  촬영 사실을 표시하고 알려야 한다(예외: 불가피한 경우).
- 촬영 기록은 법령에서 정한 기간 동안 보관하고, 목적 달성 시 지체 없이 삭제. 무단 편집·복제·유출 금지.
- 장비의 사용 기준, 기록의 관리 등 세부 사항은 대통령령으로.

개인정보 보호법
- 제23조(민감정보): 생체인식정보 중 특정 개인을 알아볼 목적으로 일정한 기술적 수단을 통해 생성한 정보는 민감정보.
  별도 동의 또는 법령 근거 필요.
- 제25조의2(이동형 영상정보처리기기): 공개된 장소에서 업무 목적으로 촬영하려면 법 요건 충족, 촬영 사실 표시.

논점(강의에서 다룰 것)
- 바디캠은 '기록'을 위한 장비이지 실시간 신원확인 장비가 아님. 현행법상 바디캠 영상에 얼굴인식을 결합해 거리에서
  실시간으로 신원을 확인하는 것에 대한 명시적 근거 없음.
- 비례원칙: 불특정 다수의 얼굴을 상시 분석하는 것은 과잉 금지 원칙 위반 소지.
- 해외 사례: 미국 일부 주의 바디캠 얼굴인식 금지 입법, EU AI법 제5조 실시간 원격 생체식별 원칙적 금지.
- 현장 Q&A 예상: "수배자를 눈앞에 두고도 못 쓰냐" → 수배자 확인은 지문·신분증 조회 등 기존 절차, 사후 수사에서의
  영상 분석은 별도 근거와 절차."""
