"""Session 53, Russian (and a little Kazakh, and Russian typed in Latin letters) as a procurement specialist's job search
in Russia and Kazakhstan holds it: a job portal's news of the user's own application ("Ваш отклик доставлен
работодателю", "Ваш отклик на вакансию отклонён"), formal HR ("подтверждаем ваше собеседование на должность", "просим
вас пройти профессиональное тестирование"), an agency's recruiter on mail.ru or gmail who speaks of the employer as her
client ("ваше резюме я показала заказчику", "заказчик предлагает перенести на среду"), and terse managers on their
phones, without ё ("давайте в четверг в 10 созвонимся?", "готовы вас взять", "zavtra v 11 udobno?"). Tested here in
invented words, with the look-alikes that share them: a master's programme's admission interview, a clinic's
appointment moved, a friend's news of his own new job, a bank's loan application accepted."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a job portal's receipt of the user's application, passed to the employer
    ("a-portals-receipt", "application_ack", _m(
        "hh.ru <no-reply@hh.ru>", "Ваш отклик на вакансию «Закупщик (категория «Упаковка»)» доставлен",
        "Алекс, ваш отклик доставлен работодателю.\n\nВакансия: Закупщик (категория «Упаковка»)\nКомпания: Северный "
        "Картон\n\nРаботодатель получил ваше резюме. Статус отклика можно отслеживать в разделе «Отклики».\n\n"
        "Команда hh.ru\n")),
    # a job portal's news of a refusal
    ("a-portals-refusal", "rejection", _m(
        "hh.ru <no-reply@hh.ru>", "Ваш отклик на вакансию «Специалист по тендерам» отклонён",
        "Алекс, работодатель Уралпромснаб рассмотрел ваш отклик на вакансию «Специалист по тендерам».\n\nК "
        "сожалению, работодатель не готов пригласить вас на собеседование.\n\nКоманда hh.ru\n")),
    # an agency's recruiter on mail.ru proposes a call
    ("a-recruiter-proposes-a-call", "interview_invitation", _m(
        "Марина Лесных <marina.lesnykh.hr@mail.ru>", "Вакансия: категорийный менеджер, FMCG",
        "Алекс, добрый день!\n\nМеня зовут Марина, я рекрутер кадрового агентства «Вектор Кадры». Нашла ваше резюме "
        "на hh — у меня в работе вакансия категорийного менеджера в сети магазинов у дома.\n\nЕсли интересно, "
        "давайте созвонимся в среду в 11:00 или в 15:00, как вам удобнее?\n\nМарина\n")),
    # a manager's call proposed from his phone
    ("a-managers-call-from-the-phone", "interview_invitation", _m(
        "Павел Гущин <p.gushchin@stroykomplekt-nn.example>", "созвон",
        "алекс, добрый. я павел, руковожу снабжением, ваше резюме от нашего hr получил. давайте в четверг в 10 "
        "созвонимся по видео? минут на 20. если четверг не ок, напишите когда удобно\n\n--\nотправлено с мобильного\n")),
    # formal HR confirms the interview's time
    ("hr-confirms-the-interview", "interview_confirmation", _m(
        "Зайцева Ирина Олеговна <i.zaytseva@energomash-vl.example>", "Собеседование 12.03.2026",
        "Добрый день, Алекс!\n\nПодтверждаем ваше собеседование на должность «Ведущий специалист по закупкам».\n\n"
        "Дата и время: 12 марта 2026 г. (четверг), 14:00\nМесто: г. Владимир, ул. Заводская, д. 5, каб. 301\n\n"
        "При себе иметь паспорт.\n\nС уважением,\nЗайцева И.О.\nменеджер по персоналу\n")),
    # an agency's recruiter moves the final meeting at her client's ask, in the thread of the vacancy
    ("the-client-moves-the-meeting", "reschedule", _m(
        "Марина Лесных <marina.lesnykh.hr@mail.ru>", "Re: Вакансия: категорийный менеджер, FMCG",
        "Алекс, добрый вечер.\n\nпо встрече с коммерческим директором: пятница не получится, он в командировке. "
        "Заказчик предлагает перенести на понедельник 16 марта, 12:00, в офисе.\n\nМарина\n",
        quoted="Марина, добрый день! Пятница подходит.\n\nАлекс")),
    # HR calls off a meeting with its time between
    ("a-meeting-called-off", "cancellation", _m(
        "Зайцева Ирина Олеговна <i.zaytseva@energomash-vl.example>", "Встреча с финансовым директором",
        "Алекс, добрый день!\n\nСообщаем, что встреча с финансовым директором, назначенная на 20 марта в 11:00, "
        "отменяется: решение по вакансии примет директор по закупкам, о результате сообщим дополнительно.\n\n"
        "С уважением,\nЗайцева И.О.\n")),
    # an employer's refusal after a call
    ("an-employers-refusal", "rejection", _m(
        "Ольга Рябинина <o.ryabinina@domtorg.example>", "Re: Закупщик (категория «Текстиль»)",
        "Алекс, добрый вечер!\n\nспасибо, что нашли время на звонок. Мы решили двигаться с кандидатами, у которых "
        "уже есть опыт закупок в текстиле, поэтому, к сожалению, дальше пригласить вас не сможем.\n\nОльга\n",
        quoted="Ольга, добрый день! Спасибо за звонок.")),
    # an owner's offer from his phone, with its pay
    ("an-owners-offer", "offer", _m(
        "Геннадий Петрович <gp.metalltorg@yandex.ru>", "алекс",
        "алекс добрый. посоветовались с директором, готовы вас взять руководителем отдела закупок, оклад 210 на руки, "
        "по тк, испытательный 3 мес. выходить можно с 1 апреля. отпишитесь до пятницы\n\nг.п.\n")),
    # a test asked for after the interview
    ("a-test-asked-for", "assessment", _m(
        "Зайцева Ирина Олеговна <i.zaytseva@energomash-vl.example>", "Тестирование — специалист по закупкам",
        "Алекс, добрый день!\n\nпо итогам собеседования просим вас пройти профессиональное тестирование: 44-ФЗ и "
        "223-ФЗ, расчёт НМЦК. Тест онлайн, 30 вопросов.\n\nСсылка: https://test.energomash-vl.example/t/7\n\n"
        "С уважением,\nЗайцева И.О.\n")),
    # a manager's invitation in Latin letters
    ("an-invitation-in-latin-letters", "interview_invitation", _m(
        "Timur Abenov <t.abenov@steppe-trade.example>", "vtoroi etap",
        "aleks, privet. spasibo za zvonok, hochu obsudit s vami zakupki iz turcii podrobnee. zavtra v 11 po astane "
        "udobno? minut 30\n\notpravleno s iphone\n")),
]

OTHER_MAIL = [
    # a master's programme's admission interview
    ("an-admission-interview", _m(
        "Приёмная комиссия <priem@institut-logistiki.example>", "Вступительное собеседование: магистратура",
        "Уважаемый Алекс!\n\nБлагодарим за подачу документов в магистратуру по программе «Управление закупками». "
        "Приглашаем вас на вступительное собеседование 20 марта в 12:00 онлайн.\n\nПриёмная комиссия\n")),
    # a clinic's appointment moved
    ("a-clinics-appointment-moved", _m(
        "Клиника «Медсервис» <info@medservis-clinic.example>", "Ваша запись перенесена",
        "Здравствуйте, Алекс!\n\nВрач не сможет принять вас 14.03 в 10:00. Ваша запись перенесена на 16.03 в 11:30, "
        "кабинет 12.\n\nКлиника «Медсервис»\n")),
    # a friend's news of his own new job
    ("a-friends-new-job", _m(
        "Серёга <serega.volkov88@mail.ru>", "меня взяли!!",
        "саня, привет! короче, меня взяли в логистическую компанию, прислали оффер, выхожу с понедельника. давай в "
        "субботу отметим?\n")),
    # a bank's loan application accepted
    ("a-banks-loan-application", _m(
        "Банк «Заря» <info@bank-zarya.example>", "Ваша заявка принята",
        "Здравствуйте, Алекс!\n\nВаша заявка на кредит наличными принята. Решение придёт в течение 15 минут в "
        "мобильном приложении.\n\nБанк «Заря»\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
