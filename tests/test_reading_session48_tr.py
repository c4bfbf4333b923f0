"""Session 48, Turkish as textile mills, job boards, İŞKUR, an agency and a family firm's owner write it: a board's note
that it passed the application on ("... A.Ş.'ye iletildi"), a status line ("Başvuru durumu: Uygun bulunmadı"), an owner
typing without Turkish letters from his phone ("fabrikaya ugrar misiniz?", "11 yerine 2de gelebilir misiniz?"), tested
here in invented words, with the look-alikes that share them."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a board passes the application on, the firm named with its dative suffix
    ("a-board-passed-it-to-the-firm", "application_ack", _m(
        "secretcv.com <bildirim@secretcv.example>", "Yeni bildirim",
        "Merhaba Alex,\n\nÜretim Planlama Uzmanı ilanı için başvurun Yıldız Örme San. ve Tic. A.Ş.'ye iletildi.\n\n"
        "Başvurularını hesabından takip edebilirsin.\n\nsecretcv.com ekibi\n")),
    # a firm's own receipt: "başvurunuz tarafımıza ulaşmış olup değerlendirme sürecine alınmıştır"
    ("a-firms-receipt-under-review", "application_ack", _m(
        "Ayşe Demir <ayse.demir@kuzeyboya.example>", "Planlama Uzmanı başvurusu",
        "Alex Bey merhaba,\n\nBaşvurunuz bize ulaşmış olup değerlendirme sürecine alınmıştır. Uygun görülmeniz halinde "
        "sizinle iletişime geçeceğiz.\n\nSaygılarımızla,\nAyşe Demir\n")),
    # a board's status line: "Başvuru durumu: Uygun bulunmadı"
    ("a-boards-status-line-declines", "rejection", _m(
        "secretcv.com <bildirim@secretcv.example>", "Yıldız Örme başvurunu değerlendirdi",
        "Merhaba Alex,\n\nYıldız Örme, \"Üretim Planlama Uzmanı\" ilanına yaptığın başvuruyu değerlendirdi.\n\n"
        "Başvuru durumu: Uygun bulunmadı\n\nSana uygun yeni ilanlara göz at!\n\nsecretcv.com ekibi\n")),
    # the hour and "we'll be expecting you", after a call
    ("a-call-put-in-writing", "interview_confirmation", _m(
        "Murat Çelik <murat.celik@kuzeyboya.example>", "Görüşme - Planlama Şefi",
        "Alex Bey iyi günler,\n\nAz önce konuştuğumuz üzere 12 Mart Perşembe günü saat 15:30'da Çorlu'daki ofisimizde "
        "sizi bekliyor olacağız. Girişte kimliğinizi göstermeniz yeterli.\n\nSaygılarımla,\nMurat Çelik\n")),
    # the last stage's meeting with the manager
    ("the-last-stage-meets-the-manager", "interview_invitation", _m(
        "Ayşe Demir <ayse.demir@kuzeyboya.example>", "Planlama Uzmanı - son aşama",
        "Alex Bey merhaba,\n\nSon aşamada sizi Fabrika Müdürümüz Kenan Bey ile tanıştırmak istiyoruz; önümüzdeki hafta "
        "Salı ya da Çarşamba öğleden sonra müsait misiniz?\n\nSaygılarımızla,\nAyşe Demir\n")),
    # a talk moved, the reason between it and its new hour
    ("a-talk-moved-with-its-reason", "reschedule", _m(
        "Ayşe Demir <ayse.demir@kuzeyboya.example>", "Yarınki görüşme hk.",
        "Alex Bey merhaba,\n\nSalı saat 11:00'deki görüşmemizi, Kenan Bey'in plansız bir tedarikçi denetimi çıktığı için "
        "Çarşamba saat 16:00'ya kaydırabilir miyiz? Yer aynı.\n\nAyşe Demir\n")),
    # called off with no new day: "iptal etmek durumundayız"
    ("a-talk-called-off", "cancellation", _m(
        "Murat Çelik <murat.celik@kuzeyboya.example>", "Görüşme - Planlama Şefi",
        "Alex Bey iyi günler,\n\nSalı günkü görüşmemizi maalesef iptal etmek durumundayız, bütçe yeniden gözden "
        "geçiriliyor. Netleşince size yazacağım.\n\nMurat Çelik\n")),
    # an owner from his phone, without Turkish letters, who saw the CV
    ("an-owner-asks-you-to-the-mill", "interview_invitation", _m(
        "Ramazan Kaya <ramazan.kaya.iplik@gmail.com>", "planlama",
        "Alex bey merhaba,\n\nKariyer.net'teki ozgecmisinizi inceledim, tam aradigimiz gibi. Pazartesi ogleden sonra "
        "Usaktaki atolyeye ugrar misiniz? Bir cay iceriz.\n\nRamazan Kaya\n")),
    # ... who fixes the hour in one line, under a thread titled with the post: "yarın 3'te bekliyorum"
    ("an-owner-fixes-the-hour", "interview_confirmation", _m(
        "Ramazan Kaya <ramazan.kaya.iplik@gmail.com>", "Re: planlama sorumlusu",
        "Oldu Alex bey, yarin 3te atolyede bekliyorum. Konumu simdi atiyorum.\n\nRamazan Kaya\n",
        quoted="Ramazan Bey merhaba,\n\nDaveti icin tesekkur ederim, yarin ogleden sonra gelebilirim.")),
    # ... and a trial day on the floor
    ("an-owner-asks-for-a-trial-day", "assessment", _m(
        "Ramazan Kaya <ramazan.kaya.iplik@gmail.com>", "cumartesi",
        "Alex bey merhaba,\n\nUstabasimizla konustuk, sizi is basinda gormek istiyoruz. Bu cumartesi bir gun bizimle "
        "calisabilir misiniz? Gundeliginizi oderiz.\n\nRamazan Kaya\n")),
]

OTHER_MAIL = [
    # a bank passes a loan application on, named with its dative too
    ("a-loan-application-passed-on", _m(
        "Kuzey Bank <bilgi@kuzeybank.example>", "Kredi başvurunuz iletildi",
        "Sayın Alex Morgan,\n\nKredi başvurunuz Kuzey Bank Nilüfer Şubesi'ne iletildi. Sonuç SMS ile bildirilecektir.\n\n"
        "Kuzey Bank\n")),
    # a supplier introduces its new product, not a manager
    ("a-supplier-introduces-a-product", _m(
        "Deniz Kimya <satis@denizkimya.example>", "Yeni ürünümüz",
        "Sayın Alex Morgan,\n\nSizi yeni ürünümüzle tanıştırmak istiyoruz. 12 Mart saat 10:00 sizin için uygun mudur? "
        "Numuneleri getirebiliriz.\n\nDeniz Kimya\n")),
    # a dentist moves the appointment, in the same words as an owner's
    ("a-dentist-moves-the-appointment", _m(
        "Gülüş Diş Kliniği <randevu@gulusdis.example>", "Randevunuz",
        "Alex Bey merhaba, kusura bakmayın, yarın 11 yerine 2'de gelebilir misiniz? Doktorumuz ameliyatta.\n\n"
        "Gülüş Diş Kliniği\n")),
    # the user's own employer's exit interview, booked in a confirmation's words
    ("an-exit-interview-at-the-current-job", _m(
        "Selin Yurt <selin.yurt@akdereiplik.example>", "Ayrılış Görüşmesi - Alex Morgan",
        "Merhaba Alex Bey,\n\nİstifanızla ilgili olarak 4 Haziran Perşembe günü saat 15:00'te İK toplantı odasında sizi "
        "bekliyor olacağız. Ayrılış görüşmesinde deneyiminizi dinlemek istiyoruz. Son iş gününüz olan 12 Haziran'dan önce "
        "dizüstü bilgisayarınızı iade etmeyi unutmayınız.\n\nSelin Yurt\nİnsan Kaynakları\n")),
    # a supplier chasing the answer to its price quote
    ("a-supplier-chases-its-quote", _m(
        "Ege Boya <satis@egeboya.example>", "Fiyat teklifi",
        "Alex Bey merhaba,\n\nGeçen hafta gönderdiğimiz fiyat teklifimizi düşündünüz mü? Sipariş için stok ayırmamız "
        "gerekiyor.\n\nEge Boya\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
