"""Session 52, the Spanish of Argentina, Chile and Colombia as a graphic designer's job search holds it: studio owners in
voseo ("¿Podés pasar el jueves por el estudio?", "el paso que sigue es un desafío"), an agency's recruiter whose client
asks to "correr la entrevista" or whose interview "queda sin efecto", Chilean talent teams ("te fue muy bien en la
prueba técnica ... te invitamos a la segunda etapa"), Colombian HR in "usted" ("Queremos hacerle una primera
entrevista", "¿Cómo le queda el martes?", a receipt of the "hoja de vida" that promises a call only if preselected), a
booking tool's "Tu conversación está agendada", and a post that "quedó cubierto". Tested here in invented words, with
the look-alikes that share them: a landlord's agency that received the user's "postulación" for a flat and the owner
who chose another, a shop's "podés pasar por la oficina a retirar", a running club's "correr", a phone company's call
booked, a friend's plan called off."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a studio owner's voseo, answering the user's own approach
    ("a-studio-owner-asks-the-user-to-come-by", "interview_invitation", _m(
        "Lucía Benítez <lucia@estudiopehuen.example>", "Re: Diseñador gráfico - portfolio",
        "Hola Alex! Gracias por el mail, me gustaron mucho los trabajos de packaging.\n\n¿Podés pasar el martes a las "
        "11 por el estudio? Así charlamos y nos mostrás el resto.\n\nSaludos\nLucía",
        quoted="Hola Lucía,\n\nVi que buscan diseñador gráfico para el estudio. Te adjunto mi CV y portfolio.\n\nAlex")),
    # Colombia's "usted": an interview offered, and a time asked
    ("a-colombian-first-interview", "interview_invitation", _m(
        "Natalia Restrepo <natalia.restrepo@agenciaceiba.example>", "Vacante Diseñador Gráfico Junior",
        "Buenas tardes Alex, ¿cómo está?\n\nRevisamos su portafolio y queremos hacerle una primera entrevista por Meet "
        "con nuestra directora de arte. ¿Cómo le queda el martes 14 de abril a las 10:00 a.m.?\n\nQuedo atenta,\n"
        "Natalia Restrepo\nGestión Humana\n")),
    # a Chilean talent team's next round after a test passed
    ("a-chilean-second-round-after-the-test", "interview_invitation", _m(
        "Ignacia Soto <ignacia.soto@mercadoandino.example>", "Siguiente etapa - Diseñador UX",
        "Hola Alex,\n\n¡Te fue muy bien en la prueba técnica! Queremos invitarte a la siguiente etapa: una entrevista "
        "con el líder de producto, de una hora por Meet.\n\n¿Te acomoda el lunes 20 a las 11:00 o el martes 21 a las "
        "16:00?\n\nSaludos,\nIgnacia\nTalent Acquisition\n")),
    # a booking tool's confirmation of the first conversation
    ("a-booking-tools-conversation-booked", "interview_confirmation", _m(
        "Equipo de Personas Brotes <no-reply@brotes.example>", "Confirmado: primera conversación con Brotes",
        "¡Listo, Alex! Tu conversación está agendada.\n\nPrimera conversación - Diseñador/a Visual\nCuándo: jueves 9 de "
        "abril de 2026, 10:00 - 10:30\nDónde: Google Meet\n\nEquipo de Personas · Brotes\n")),
    # an agency's client asks to move the interview, Argentina's "correr"
    ("an-agency-moves-the-interview-correr", "reschedule", _m(
        "Paula Giménez <pgimenez@talentosur.example>", "Entrevista con el cliente - Diseñador Editorial",
        "Hola Alex,\n\nTe aviso que el cliente me pidió correr la entrevista del miércoles porque el gerente está de viaje."
        " Apenas me pase nuevas opciones te las mando.\n\nSaludos,\nPaula\nConsultora | Talento Sur\n")),
    # an interview off: "queda sin efecto", "se suspende"
    ("an-interview-queda-sin-efecto", "cancellation", _m(
        "Paula Giménez <pgimenez@talentosur.example>", "Búsqueda Diseñador Senior - entrevista del lunes",
        "Hola Alex,\n\nLamentablemente la entrevista del lunes 6 a las 15 con la empresa queda sin efecto: frenaron la "
        "búsqueda hasta nuevo aviso. Si la reactivan te vuelvo a contactar.\n\nSaludos,\nPaula\n")),
    ("an-interview-se-suspende", "cancellation", _m(
        "Martina Ruiz <martina@editoriallaguna.example>", "Entrevista del jueves",
        "Hola Alex,\n\nTe escribo para avisarte que la entrevista del jueves a las 10 se suspende: nuestro director tuvo "
        "que viajar de urgencia. Disculpá las molestias.\n\nMartina\nEditorial Laguna\n")),
    # a studio's test: "el paso que sigue es un desafío"
    ("a-studio-sends-a-desafio", "assessment", _m(
        "Tomás Aguirre <tomas@estudiobruma.example>", "Desafío",
        "Alex, gracias por venir hoy a la entrevista.\n\nEl próximo paso es un desafío corto: una propuesta de etiqueta "
        "para una cerveza artesanal y dos piezas para redes. Mandalo en PDF antes del viernes.\n\nAbrazo\nTomás\n")),
    # a receipt of the "hoja de vida" that promises a call only if preselected
    ("a-receipt-that-promises-a-call-if-preselected", "application_ack", _m(
        "Talento Humano Hotel Guayacán <talento@hotelguayacan.example>", "Hoja de vida recibida - Diseñador",
        "Buenos días Alex,\n\nGracias por enviarnos su hoja de vida para la vacante de Diseñador Gráfico. Ya quedó "
        "registrada en nuestro proceso. Si el suyo es preseleccionado, lo llamaremos para agendar una entrevista.\n\n"
        "Talento Humano\n")),
    # the post filled, in the past of the Americas
    ("the-post-quedo-cubierto", "rejection", _m(
        "Valentina Rossi <valentina@revistaaltamar.example>", "Re: Entrevista diseño editorial",
        "Hola Alex, gracias por tu paciencia.\n\nTe cuento que finalmente incorporamos a alguien del equipo freelance, así"
        " que el puesto quedó cubierto. Nos quedamos con tu portfolio por si surge algo.\n\nSuerte!\nValentina",
        quoted="Hola Valentina, ¿hay novedades sobre la entrevista para el puesto de diseño editorial?\n\nAlex")),
]

OTHER_MAIL = [
    # a landlord's agency that received the user's application for a flat, and the owner who chose another
    ("a-flats-postulacion-received", _m(
        "Alquileres Norte Propiedades <alquileres@norteprop.example>", "Postulación depto Gurruchaga 2100",
        "Hola Alex,\n\nRecibimos tu postulación para el departamento de 3 ambientes en Gurruchaga 2100. Para avanzar "
        "necesitamos recibos de sueldo y la garantía propietaria.\n\nSaludos,\nCarla\nAlquileres\n")),
    ("the-owner-chose-another-postulacion", _m(
        "Alquileres Norte Propiedades <alquileres@norteprop.example>", "RE: Postulación depto Gurruchaga 2100",
        "Hola Alex,\n\nLamentablemente el propietario del departamento eligió otra postulación. Si querés te aviso cuando "
        "entre algo parecido.\n\nSaludos,\nCarla",
        quoted="Hola Carla, ¿hay novedades del depto?\n\nAlex")),
    # a Chilean flat's "solicitud de arriendo"
    ("a-chilean-solicitud-de-arriendo", _m(
        "Corredora Los Andes <arriendos@corredoralosandes.example>", "Solicitud de arriendo",
        "Estimado Alex,\n\nHemos recibido su solicitud de arriendo para el depto de Ñuñoa. El propietario revisará los "
        "antecedentes esta semana.\n\nSaludos cordiales,\nCorredora Los Andes\n")),
    # a shop's "podés pasar por la oficina a retirar"
    ("a-shop-asks-to-pick-up-at-the-office", _m(
        "Imprenta Del Sur <ventas@imprentadelsur.example>", "Tu pedido de tarjetas",
        "Hola Alex,\n\nTus tarjetas ya están listas. ¿Podés pasar el jueves por la oficina a retirar el pedido? Abrimos "
        "de 9 a 18.\n\nGracias!\nImprenta Del Sur\n")),
    # a running club's "correr"
    ("a-running-clubs-correr", _m(
        "Runners Palermo <hola@runnerspalermo.example>", "Entrenamiento del sábado",
        "Hola Alex!\n\nEl sábado vamos a correr 10 km por los lagos. Nos juntamos a las 8 en el Planetario.\n\n"
        "Abrazo,\nEl equipo de Runners Palermo\n")),
    # a friend's plan called off
    ("a-friends-asado-called-off", _m(
        "Nico <nico.ferraro@gmail.example>", "asado",
        "che, el asado del sábado se suspende por la lluvia, lo pasamos para el otro finde. abrazo\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
