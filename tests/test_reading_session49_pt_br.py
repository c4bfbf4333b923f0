"""Session 49, Brazilian Portuguese as a dental assistant's mailbox holds it: an interview asked with the object joined
to the verb ("convidá-lo"), after a test it praises; a recruiter's time put to the user; an agency's reminder the day
before; interviews moved and called off; a portal's status line; a vacancy filled; a receipt that asks about pay and
hours; and a clinic's owner typing on her phone without accents, her invitation and her practical test in the thread
titled with the CV the user sent. Tested here in invented words, with the look-alikes that share them (a clinic's own
appointment, a driving test, a patient moved, a buyer's price)."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

# the user's own application to a clinic's owner, quoted below her answers
APPLICATION = ("Boa tarde, Dra. Sueli!\n\nSou auxiliar de saúde bucal há 5 anos, com CRO ativo, e soube que o consultório "
               "procura alguém para a recepção e o apoio nos atendimentos. Segue meu currículo em anexo.\n\nAtenciosamente,"
               "\nAlex Morgan")
OWNER = "Sueli Tanaka <sueli.tanaka.odonto@gmail.com>"
THREAD = "Re: Currículo - vaga de auxiliar de saúde bucal"

READ_AS = [
    # an interview moved, as a subject and a sentence say it: "Alteração de horário - entrevista", "precisará ser
    # transferida para"
    ("an-interview-time-changed", "reschedule", _m(
        "Recrutamento Clínica Oral Sul <recrutamento@oralsul.example>", "Alteração de horário - entrevista Auxiliar",
        "Prezado Alex,\n\nConforme combinado, sua entrevista estava agendada para terça-feira, 12/05, às 15h. Por conta "
        "da agenda do Dr. Marcos, a entrevista precisará ser transferida para quinta-feira, 14/05, às 9h.\n\n"
        "Atenciosamente,\nRecrutamento e Seleção\n")),
    # "gostaríamos de convidá-la para uma entrevista", the test before it praised (no test asked again)
    ("an-interview-after-a-test-praised", "interview_invitation", _m(
        "Camila Rocha <camila.rocha@rede-odontomais.example>", "Entrevista - Recepcionista",
        "Olá, Alex!\n\nParabéns pelo resultado no teste on-line! Seu desempenho na avaliação chamou a atenção da "
        "coordenação.\n\nGostaríamos de convidá-lo para uma entrevista por vídeo com a coordenadora da unidade. Você pode "
        "escolher o melhor horário na agenda do link abaixo.\n\nAbraços,\nCamila Rocha\nAnalista de Recrutamento\n")),
    # a recruiter's time put to the user: "esse horário funciona pra você?"
    ("a-recruiters-time-asked", "interview_invitation", _m(
        "Juliana Prado <juliana.prado@sorrisobrasil.example>", "Entrevista com a gerente - Sorriso Brasil",
        "Oi, Alex!\n\nConsegui um horário com a Renata, nossa gerente: sexta-feira, 15/05, às 10h, na unidade Moema.\n\n"
        "Esse horário funciona pra você? Me avisa que eu mando o convite.\n\nJuliana\n")),
    # an agency's reminder the day before
    ("an-agencys-reminder", "interview_confirmation", _m(
        "Priscila Souza | Vagas RH <priscila@vagasrh-consultoria.example>", "Amanhã: entrevista na Clínica Bem Viver",
        "Oi Alex! Passando pra lembrar da sua entrevista amanhã, quarta, às 14h com o Dr. Paulo.\n\nLeve o currículo "
        "impresso e chegue uns 10 minutos antes.\n\nBoa sorte!\nPriscila Souza\nConsultora de Recrutamento\n")),
    # an interview moved: "vou precisar mudar nossa entrevista"
    ("an-interview-moved", "reschedule", _m(
        "Tatiane Lopes <tatiane@clinica-dentalle.example>", "Entrevista de quinta - Dentalle",
        "Oi Alex, tudo bem?\n\nVou precisar mudar nossa entrevista de quinta às 10h: a doutora vai estar num congresso. "
        "Pode ser na segunda, dia 18, no mesmo horário?\n\nTatiane\nGerente da unidade\n")),
    # ... and called off from an owner's phone: "vou ter q desmarcar nossa conversa"
    ("a-talk-called-off-from-a-phone", "cancellation", _m(
        "Rogerio Alves <rogerio.odontosul@gmail.com>", "Re: vaga recepcao odonto sul",
        "alex boa tarde, vou ter q desmarcar nossa conversa de sexta. surgiu uma viagem e nao vou estar na clinica\n"
        "depois te chamo pra ver outro dia\nrogerio\n", quoted=APPLICATION)),
    # a portal's status line
    ("a-portals-status-line", "rejection", _m(
        "Portal de Vagas <nao-responda@portalvagas.example>", "Atualização da sua candidatura",
        "Olá Alex Morgan,\n\nA empresa Clínica Vida Plena atualizou a situação da vaga Auxiliar de Saúde Bucal.\n\n"
        "Situação da sua candidatura: Processo encerrado - candidatura não selecionada.\n\nContinue buscando!\n")),
    # a vacancy filled, the process ended "por aqui"
    ("a-vacancy-filled", "rejection", _m(
        "Fernanda Reis <fernanda@odontoprime.example>", "Re: Vaga de recepcionista",
        "Oi, Alex!\n\nObrigada pela sua dedicação no processo. A vaga acabou sendo preenchida por uma colega de outra "
        "unidade, então vamos encerrar o processo por aqui.\n\nAbraços,\nFernanda\nCoordenadora de Atendimento\n")),
    # a receipt that asks about pay and hours: a reply waiting for the user, not a receipt
    ("a-receipt-that-asks-about-pay", "company_reply", _m(
        "Marcelo Dias <marcelo@clinicasaudeoral.example>", "Vaga Auxiliar - Clínica Saúde Oral",
        "Boa tarde Alex.\n\nRecebemos seu currículo para a vaga de auxiliar. Antes de marcar a entrevista preciso saber:"
        "\n\n- Qual sua pretensão salarial?\n- Tem disponibilidade para trabalhar aos sábados de manhã?\n\nAguardo.\n"
        "Marcelo Dias\nAdministrativo\n")),
    # the owner's invitation from her phone, in the thread of the CV
    ("an-owner-asks-you-round-from-her-phone", "interview_invitation", _m(
        OWNER, THREAD, "Oi Alex! Pode vir amanha as 15h aqui no consultorio pra gente conversar? Fica na R. das Flores, "
        "200.\nBj Sueli", quoted=APPLICATION)),
    # ... her practical test, a day at the clinic
    ("an-owners-practical-test", "assessment", _m(
        OWNER, THREAD, "Alex gostei muito da conversa! Antes de fechar queria q vc viesse fazer um teste pratico com a "
        "gente: esterilizacao, bandejas e recepcao. Pode ser terca das 8h as 12h? Pago o dia\nSueli",
        quoted="Combinado então, amanhã às 15h.\n\nEm 10 de mai., Sueli Tanaka <sueli.tanaka.odonto@gmail.com> escreveu:"
               "\n> Pode vir amanha as 15h?")),
]

OTHER_MAIL = [
    # a dental clinic's reminder of the user's own appointment (not "sua entrevista")
    ("a-clinics-reminder-of-an-appointment", _m(
        "Clínica Sorriso Feliz <agenda@sorrisofeliz.example>", "Lembrete de consulta",
        "Olá Alex! Passando pra lembrar da sua consulta de limpeza amanhã, quarta, às 14h com a Dra. Paula.\n\n"
        "Clínica Sorriso Feliz\n")),
    # a hospital's word to a family: the patient moved to another ward
    ("a-patient-moved-to-another-ward", _m(
        "Hospital São Lucas <atendimento@hsaolucas.example>", "Informação sobre a paciente",
        "Prezado Alex,\n\ninformamos que a paciente Maria Morgan está estável e ela precisará ser transferida para a "
        "enfermaria amanhã pela manhã.\n\nCentral de Atendimento\n")),
    # a driving school's practical test
    ("a-driving-schools-practical-test", _m(
        "Autoescola Central <contato@autoescolacentral.example>", "Exame prático",
        "Olá Alex, seu teste prático do Detran para a CNH categoria B ficou marcado para segunda, 18/05, às 8h.\n\n"
        "Autoescola Central\n")),
    # a buyer's price for a bike
    ("a-buyers-price", _m(
        "Carlos <carlos.pereira@gmail.com>", "bicicleta",
        "oi, a bike ainda ta disponivel? posso te oferecer 600 reais e busco no sabado\ncarlos\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
