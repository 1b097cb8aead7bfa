"""How the families of ``qa.answer.predicates`` are said in eight more languages.

The predicate rule asks whether any best sentence has a word for the birth, the price, the
mayor… a question asks about. Its word lists are those of the ten languages questions and
answers are framed in, so it used to stand aside whenever a best sentence was written in
another: "Quem é o prefeito de Fresno?" was answered with a Thai sentence about the city,
"Kiek uždirba mokytojai Velse?" with Arabic ones about teachers. Here is the saying side in
the other languages of the xquad-dev corpus (Russian, Greek, Arabic, Hindi, Turkish, Thai,
Vietnamese, Chinese): stems, matched anywhere in the folded text (Thai and Chinese write no
spaces between words; "_" joins the words of one entry). The lists are generous on purpose: a word too many only lets an answer
through, as on the saying side of the ten languages; a word missing declines an answer.
A founding counts as a birth ("when was the stock exchange born?").
"""
from __future__ import annotations

from .facts import fold

LANGUAGES = frozenset("ru el ar hi tr th vi zh".split())

_SAID = {
    "birth": "родил рожден рождени родом основан основа γεννη γέννησ ιδρυ ιδρύ ولد مولد ميلاد تأسس أسس تأسيس "
             "जन्म पैदा स्थापना स्थापित doğ doğum kurul kurdu เกิด ก่อตั้ง sinh chào_đời thành_lập "
             "出生 生于 诞生 成立 创立 建立 创办",
    "relative": "жена жены муж сестр брат дочь дочер сын мать матер отец отц супруг σύζυγ αδελφ κόρη γιος γιου "
                "μητέρα πατέρα زوج أخت أخ ابن ابنة أم أب والد पत्नी पति बहन भाई बेटी बेटा पुत्र माँ माता पिता "
                "eşi karısı kocası kardeş kızı oğlu anne baba ภรรยา สามี พี่สาว น้องสาว พี่ชาย น้องชาย ลูก แม่ พ่อ "
                "บุตร vợ chồng chị em_gái anh_trai con_gái con_trai mẹ cha bố 妻 丈夫 姐 妹 哥 弟 女儿 儿子 母亲 父亲 夫人",
    "population": "населен жител πληθυσμ κάτοικ سكان نسمة जनसंख्या आबादी निवासी nüfus sakin ประชากร ผู้อาศัย "
                  "dân_số cư_dân người_dân 人口 居民",
    "age": "лет возраст год ετών χρονών ηλικ عام عمر سنة वर्ष उम्र आयु साल yaş อายุ ปี tuổi 岁 年龄",
    "distance": "км километр миль метр расстоян χιλιόμετρ χλμ μίλι μέτρ απόστασ كم كيلومتر ميل متر مسافة "
                "किलोमीटर किमी मील मीटर दूरी kilometre mil metre mesafe uzaklık กิโลเมตร กม ไมล์ เมตร ระยะ "
                "dặm mét khoảng_cách 公里 千米 英里 米 距离",
    "capture": "плен захват захвач взят αιχμαλ συνελήφθ κατέλαβ أسر أسير اعتقل استولى बंदी कैद कब्जा पकड़ esir "
               "tutsak ele_geçir yakalan เชลย จับกุม ยึด tù_binh bắt_giữ chiếm 俘 抓获 占领 攻占",
    "downing": "сбит сбил перехват уничтож пво κατέρριψ αναχαίτ καταστρ أسقط اعترض دمر الدفاع_الجوي मार_गिरा नष्ट "
               "düşür imha önle ยิงตก สกัด ทำลาย bắn_hạ đánh_chặn phá_hủy 击落 拦截 摧毁",
    "nuclear": "ядер атом уран плутон πυρην ατομ ουράν نووي ذري يورانيوم परमाणु नाभिकीय यूरेनियम nükleer atom "
               "uranyum นิวเคลียร์ ปรมาณู ยูเรเนียม hạt_nhân nguyên_tử urani 核 原子 铀",
    "cost": "стоим цен руб доллар евро зарплат плат заработ денег деньг бюджет κόστ τιμ ευρώ δολάρ μισθ πληρ "
            "χρήμα προϋπολογ تكلف سعر أسعار دولار يورو جنيه راتب رواتب أجر دفع مال ميزانية लागत कीमत मूल्य रुपये "
            "डॉलर पाउंड वेतन भुगतान पैसा बजट कमा maliyet fiyat lira dolar euro sterlin maaş ücret öde para bütçe "
            "kazan ค่าใช้จ่าย ราคา บาท ดอลลาร์ ยูโร ปอนด์ เงิน ค่าจ้าง จ่าย งบประมาณ chi_phí giá đô_la lương "
            "trả tiền ngân_sách kiếm 成本 费用 价 元 美元 欧元 英镑 工资 薪 支付 付 钱 预算 赚",
    "weather": "погод дожд снег солн температур жар холод ветер ветр шторм облач туман καιρ βροχ χιον ήλι "
               "θερμοκρασ ζέστ κρύ άνεμ καταιγ σύννεφ ομίχλ طقس مطر أمطار ثلج شمس حرارة برد رياح عاصفة غيوم "
               "ضباب मौसम बारिश वर्षा बर्फ धूप सूरज तापमान गर्मी ठंड हवा तूफान बादल कोहरा hava yağmur kar güneş "
               "sıcak soğuk rüzgar fırtına bulut sis อากาศ ฝน หิมะ แดด อุณหภูมิ ร้อน หนาว ลม พายุ เมฆ หมอก "
               "thời_tiết mưa tuyết nắng nhiệt_độ nóng lạnh gió bão mây sương 天气 雨 雪 阳光 晴 温度 气温 热 冷 风 云 雾",
    "clock": "час утр вечер ночь ночи полдень полноч ώρα πρωί βράδ νύχτ μεσημέρ μεσάνυχτ ساعة صباح مساء ليل ظهر "
             "فجر बजे घंटे सुबह शाम रात दोपहर saat sabah akşam gece öğle นาฬิกา โมง ชั่วโมง เช้า เย็น กลางคืน เที่ยง "
             "ทุ่ม giờ sáng chiều tối đêm trưa 点 时 上午 下午 早上 晚上 夜 中午 午夜",
    "hotel": "отел гостиниц ξενοδοχ فندق होटल otel โรงแรม khách_sạn 酒店 饭店 旅馆 宾馆",
    "hospital": "больниц госпитал клиник νοσοκομ κλινικ مستشفى عيادة अस्पताल चिकित्सालय hastane klinik "
                "โรงพยาบาล คลินิก bệnh_viện phòng_khám 医院 诊所",
    "airport": "аэропорт аэродром авиабаз αεροδρόμ αερολιμ مطار हवाई_अड्ड एयरपोर्ट havaliman havaalan สนามบิน "
               "ท่าอากาศยาน sân_bay phi_trường 机场",
    "visitors": "посетител турист зрител публик επισκέπτ τουρίστ θεατ κοιν زوار زائر سياح سائح جمهور متفرج आगंतुक "
                "पर्यटक दर्शक ziyaretçi turist seyirci izleyici ผู้เข้าชม นักท่องเที่ยว ผู้ชม khách du_khách "
                "khán_giả 游客 参观 访客 观众 游人",
    "defence": "оборон пентагон άμυν دفاع रक्षा savunma กลาโหม quốc_phòng 国防 防务",
    "command": "команд генерал офицер διοικ στρατηγ αξιωματ قائد قيادة جنرال ضابط कमांडर सेनापति जनरल अधिकारी "
               "komutan general subay ผู้บัญชาการ นายพล นายทหาร chỉ_huy tướng sĩ_quan 指挥 司令 将军 军官",
    "coach": "тренер менеджер προπονητ مدرب कोच प्रशिक्षक antrenör teknik_direktör โค้ช ผู้ฝึกสอน huấn_luyện 教练 主帅",
    "director": "директор руководител куратор глава διευθυντ επιμελητ مدير رئيس أمين निदेशक निर्देशक प्रमुख "
                "क्यूरेटर müdür direktör başkan ผู้อำนวยการ ภัณฑารักษ์ giám_đốc người_đứng_đầu 馆长 主任 院长 总监 主管",
    "mayor": "мэр градоначальник δήμαρχ عمدة بلدية महापौर मेयर belediye_başkan นายกเทศมนตรี thị_trưởng 市长",
    "architect": "архитект проект αρχιτέκτ σχεδ مهندس معماري صمم वास्तुकार आर्किटेक्ट डिजाइन mimar tasarla "
                 "สถาปนิก ออกแบบ kiến_trúc thiết_kế 建筑师 设计",
}
# Folded as the text is: Greek and Vietnamese lose their accents, Devanagari its marks.
_STEMS = {family: tuple({fold(w.replace("_", " ")) for w in words.split()}) for family, words in _SAID.items()}


def families(texts: list[str]) -> set[str]:
    """The families ``texts`` (sentences in ``LANGUAGES``) have a word for."""
    folded = fold(" ".join(texts))
    return {family for family, stems in _STEMS.items() if any(stem in folded for stem in stems)}
