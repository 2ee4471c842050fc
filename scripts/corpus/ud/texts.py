"""Public texts (quoted or faithfully paraphrased) used as payload. Sources in SOURCES.md."""

# ageitgey/face_recognition README, "Recognize faces in images" example (MIT licence)
FR_README_SNIPPET = """import face_recognition
known_image = face_recognition.load_image_file("biden.jpg")
unknown_image = face_recognition.load_image_file("unknown.jpg")

biden_encoding = face_recognition.face_encodings(known_image)[0]
unknown_encoding = face_recognition.face_encodings(unknown_image)[0]

results = face_recognition.compare_faces([biden_encoding], unknown_encoding)"""

# serengil/deepface README usage (MIT licence)
DEEPFACE_SNIPPET = """from deepface import DeepFace
result = DeepFace.verify(img1_path = "img1.jpg", img2_path = "img2.jpg")
dfs = DeepFace.find(img_path = "img1.jpg", db_path = "C:/my_db")
embedding_objs = DeepFace.represent(img_path = "img.jpg")"""

# deepinsight/insightface python-package README (code MIT licence)
INSIGHTFACE_SNIPPET = """import cv2
import insightface
from insightface.app import FaceAnalysis
app = FaceAnalysis(providers=['CUDAExecutionProvider', 'CPUExecutionProvider'])
app.prepare(ctx_id=0, det_size=(640, 640))
img = cv2.imread('t1.jpg')
faces = app.get(img)
rimg = app.draw_on(img, faces)"""

# Federal Law of 27.07.2006 No. 152-FZ "On personal data", art. 11 parts 1-2 (official text;
# not subject to copyright under art. 1259(6) of the Civil Code of the RF). Part 2 abridged.
RU_152FZ_ART11 = """Статья 11. Биометрические персональные данные
1. Сведения, которые характеризуют физиологические и биологические особенности человека, на основании которых можно установить его личность (биометрические персональные данные) и которые используются оператором для установления личности субъекта персональных данных, могут обрабатываться только при наличии согласия в письменной форме субъекта персональных данных, за исключением случаев, предусмотренных частью 2 настоящей статьи.
2. Обработка биометрических персональных данных может осуществляться без согласия субъекта персональных данных в связи с реализацией международных договоров Российской Федерации о реадмиссии, в связи с осуществлением правосудия и исполнением судебных актов, в связи с проведением обязательной государственной дактилоскопической регистрации, а также в случаях, предусмотренных законодательством Российской Федерации об обороне, о безопасности, о противодействии терроризму, о транспортной безопасности, о противодействии коррупции, об оперативно-розыскной деятельности <...>"""

# Paraphrase of public reporting (ACLU complaint, NYT June 2020) on the Robert Williams arrest.
WILLIAMS_EN = """In January 2020 Detroit police arrested Robert Williams at his home in front of his wife and daughters. A facial recognition search run on a blurry still from a store's surveillance video had returned his expired driver's licence photo as a possible match, and an investigator then showed his photo to a loss-prevention contractor in a six-pack line-up. Williams was held for about thirty hours before the case was dropped. In 2024 the city settled his lawsuit; the Detroit Police Department agreed that a facial recognition lead alone may no longer be used to put a person in a photo line-up or to justify an arrest, and to train officers on the technology's limits and its higher error rates for people of colour."""

# Microsoft, Code of conduct for Azure OpenAI Service, amendment of 1 May 2024 (short quotation)
AZURE_COC_EN = """Integrations with Azure OpenAI Service must not be used:
- for facial recognition purposes by or for a police department in the United States; or
- for any real-time facial recognition technology on mobile cameras used by any law enforcement globally to attempt to identify individuals in uncontrolled, "in the wild" environments, which includes (without limitation) police officers on patrol using body-worn or dash-mounted cameras using facial recognition technology to attempt to identify individuals present in a database of suspects or prior inmates."""

# Paraphrase of ECtHR, Glukhin v. Russia, no. 11519/20, 4 July 2023 (Court's own summary lines)
GLUKHIN_EN = """Glukhin v. Russia (no. 11519/20), judgment of 4 July 2023. In August 2019 the applicant travelled on the Moscow underground holding a life-size cardboard figure of the activist Konstantin Kotov with a banner. Police found screenshots of the event on a Telegram channel, used facial recognition on CCTV footage from the metro to identify him, and a few days later detained him at a metro station. He was fined for failing to notify the authorities of a solo demonstration with a "quickly (de)assembled object". The Court found a violation of Article 10 and of Article 8: processing his biometric data with highly intrusive facial recognition technology, in order to identify, locate and arrest a peaceful protester, did not meet a "pressing social need"; the use of such technology needs detailed rules and strong safeguards against abuse, and even greater safeguards when it is used live."""

# Regulation (EU) 2024/1689 (AI Act), art. 5(1)(h), Polish language version (EUR-Lex, reuse permitted
# under Commission Decision 2011/833/EU); points (ii)-(iii) abridged.
PL_AIACT_5H = """Art. 5 ust. 1 lit. h) wykorzystywanie systemów zdalnej identyfikacji biometrycznej w czasie rzeczywistym w przestrzeni publicznej do celów ścigania przestępstw, chyba że – i w zakresie, w jakim – takie wykorzystanie jest bezwzględnie konieczne do jednego z następujących celów:
(i) ukierunkowanego poszukiwania konkretnych ofiar uprowadzeń, handlu ludźmi lub wykorzystywania seksualnego ludzi, a także poszukiwania osób zaginionych;
(ii) zapobiegnięcia konkretnemu, istotnemu i bezpośredniemu zagrożeniu życia lub bezpieczeństwa fizycznego osób fizycznych lub rzeczywistemu i aktualnemu lub rzeczywistemu i dającemu się przewidzieć zagrożeniu atakiem terrorystycznym;
(iii) lokalizowania lub identyfikowania osoby podejrzanej o popełnienie przestępstwa w celu prowadzenia postępowania przygotowawczego lub ścigania lub wykonania kar w odniesieniu do przestępstw, o których mowa w załączniku II [...]"""

# Act on the Protection of Personal Information (Japan), art. 2(2)(i) and Cabinet Order art. 1(1)(b)
# (statutes are not protected by copyright, Copyright Act art. 13)
JP_APPI = """個人情報の保護に関する法律 第二条第二項
この法律において「個人識別符号」とは、次の各号のいずれかに該当する文字、番号、記号その他の符号のうち、政令で定めるものをいう。
一 特定の個人の身体の一部の特徴を電子計算機の用に供するために変換した文字、番号、記号その他の符号であって、当該特定の個人を識別することができるもの
（施行令第一条第一号ロ）顔の骨格及び皮膚の色並びに目、鼻、口その他の顔の部位の位置及び形状によって定まる容貌"""

# Personal Information Protection Act (Korea) Enforcement Decree art. 18 (sensitive information),
# item 3 (statutes are not protected works, Copyright Act art. 7)
KR_PIPA = """개인정보 보호법 시행령 제18조(민감정보의 범위)
법 제23조제1항 각 호 외의 부분 본문에서 "대통령령으로 정하는 정보"란 다음 각 호의 어느 하나에 해당하는 정보를 말한다.
3. 개인의 신체적, 생리적, 행동적 특징에 관한 정보로서 특정 개인을 알아볼 목적으로 일정한 기술적 수단을 통해 생성한 정보
4. 인종이나 민족에 관한 정보"""

# Law of Ukraine "On the National Police", art. 40 part 1 (faithful abridged rendering; official texts
# are not objects of copyright in Ukraine)
UA_NPU_ART40 = """Стаття 40. Застосування технічних приладів і технічних засобів, що мають функції фото- і кінозйомки, відеозапису
1. Поліція для забезпечення публічної безпеки і порядку може закріплювати на форменому одязі, службових транспортних засобах, монтувати/розміщувати по зовнішньому периметру доріг і будівель автоматичну фото- і кінотехніку, відеотехніку, а також використовувати інші технічні прилади і технічні засоби, що мають функції фото- і кінозйомки, відеозапису, для:
1) попередження, виявлення або фіксування правопорушення, охорони громадської безпеки та власності, забезпечення безпеки осіб;
2) забезпечення дотримання правил дорожнього руху. [...]
3. Поліція інформує осіб про застосування технічних приладів і технічних засобів шляхом розміщення оголошення на видному місці [...]"""

# Paraphrase of R (Bridges) v Chief Constable of South Wales Police [2020] EWCA Civ 1058 (Open Government Licence)
BRIDGES_EN = """In R (Bridges) v Chief Constable of South Wales Police [2020] EWCA Civ 1058 the Court of Appeal held that South Wales Police's use of live automated facial recognition (AFR Locate), which scanned faces in public places against watchlists, was unlawful: the legal framework left too broad a discretion to individual officers as to who could be placed on a watchlist and where the cameras could be deployed; the data protection impact assessment was deficient; and the force had not taken reasonable steps to find out whether the software was biased on grounds of race or sex, as the public sector equality duty requires."""

# Paraphrase of Detroit Police Department Directive 307.5 "Facial Recognition" (public municipal record)
DETROIT_3075 = """307.5-3 Policy. Facial recognition technology shall only be used when there is reasonable suspicion that such use will provide information relevant to an active or ongoing Part 1 Violent Crime investigation or a Home Invasion I investigation. Members shall not use facial recognition on live or recorded video streams. A facial recognition match is an investigative lead only and is not, by itself, probable cause for arrest. Every request is logged; a second examiner and a supervisor must confirm any candidate before it is given to the investigator. Misuse is subject to discipline."""

# Paraphrase of news reports (Yomiuri Shimbun, Sept 2021) on JR East station facial recognition
JR_EAST_JA = """JR東日本は東京五輪・パラリンピックに合わせ、主要駅などに顔認識機能付きの防犯カメラを導入した。対象には、同社の駅などで重大な罪を犯し服役した元受刑者や、指名手配中の容疑者、不審な行動をとる人物が含まれていたが、元受刑者を対象とする運用については、社会的な合意が得られていないとして当面見合わせると発表した。"""

# Paraphrase of Reuters reporting (March 2022) on Clearview AI use by Ukraine
CLEARVIEW_UA = """Міністерство оборони України у березні 2022 року почало безкоштовно використовувати технологію розпізнавання облич Clearview AI, повідомило агентство Reuters з посиланням на генерального директора компанії Хоана Тон-Тата. За його словами, технологію можна застосовувати для виявлення російських диверсантів на блокпостах, ідентифікації загиблих та возз'єднання біженців із родинами. База компанії налічує мільярди зображень, зібраних із відкритих джерел, зокрема з російської соцмережі VKontakte. Критики вказують на ризик помилкових ідентифікацій."""

# Paraphrase of Korean news (2021) on Bucheon city's AI CCTV contact-tracing pilot
BUCHEON_KR = """경기도 부천시는 코로나19 확진자의 동선과 접촉자를 파악하기 위해 시내 CCTV 약 1만여 대의 영상을 인공지능으로 분석하는 안면인식 추적 시스템을 구축하겠다고 밝혔다. 시는 역학조사 인력 부족을 해소할 수 있다고 설명했지만, 시민단체들은 마스크를 쓴 얼굴까지 식별하는 기술이 감염병 대응을 넘어 상시 감시로 이어질 수 있다며 개인정보 침해 우려를 제기했다."""

# Paraphrase of news reports (2018) on Dubai Police smart-glasses facial recognition
DUBAI_GLASSES_AR = """أعلنت القيادة العامة لشرطة دبي في عام 2018 عن تجربة نظارات ذكية مزودة بكاميرا وتقنية للتعرف على الوجوه، يرتديها أفراد الدوريات، بحيث تُقارن الوجوه التي تلتقطها النظارات بقاعدة بيانات المطلوبين وتُرسل تنبيهاً إلى الشرطي عند الاشتباه في تطابق. وقالت الشرطة إن النظارات قادرة على التعرف على الوجوه من مسافة عدة أمتار، وإنها ستُستخدم أولاً في المراكز التجارية والمناطق المزدحمة."""

# Paraphrase of NYPD Patrol Guide 212-129 "Facial Recognition Technology" (public document)
NYPD_PG_212129 = """PURPOSE: To establish guidelines for the use of facial recognition technology. SCOPE: Facial recognition technology is used only for legitimate law enforcement purposes. A possible match is a lead for further investigation only and does not by itself establish probable cause to arrest or to obtain a search warrant. Investigators must submit requests to the Facial Identification Section (FIS), which compares the probe image against arrest photographs. FIS investigators perform a visual review of candidates and, together with a supervisor, decide whether a possible match exists. Members may not use facial recognition on live video, and may not use it to monitor people engaged in lawful political, religious or other protected activity."""
