# The quiz at the end of each module of the MOOC, written for this project from the module's own video and
# reading (content-recipes/sources/thinkia_mooc.py). Used by tools/build-sample-recipes.py.

SETTINGS = {"passPercent": 70, "maxAttempts": 3, "review": "afterPassing", "shuffle": True, "questionsPerPage": 2}

QUIZZES = [
    {
        "title": "Cuestionario: laboratorios ciudadanos",
        "questions": [
            {"kind": "single", "text": "¿Qué es lo esencial de un laboratorio ciudadano, según la lectura?",
             "feedback": "Las paredes importan menos que las convocatorias abiertas, los equipos mixtos y la mediación.",
             "options": [
                 {"text": "Convocatorias abiertas, equipos mixtos y mediación profesional", "correct": True},
                 {"text": "Un edificio propio equipado con tecnología", "feedback": "El espacio ayuda, pero la lectura dice que lo esencial no son las paredes."},
                 {"text": "Un equipo de personas expertas que diseña las soluciones", "feedback": "Un laboratorio no es un lugar para expertos: cada cual aporta lo que sabe."},
             ]},
            {"kind": "truefalse", "text": "Al final del ciclo de un laboratorio se presentan soluciones acabadas, listas para aplicarse en toda la ciudad.",
             "correct": False, "feedback": "Se presentan prototipos: versiones que se pueden probar, no soluciones acabadas."},
            {"kind": "multiple", "partialCredit": True, "text": "¿Qué ofrece un laboratorio a la administración a cambio de aceptar la incertidumbre? Marca todas las correctas.",
             "options": [
                 {"text": "Propuestas probadas a pequeña escala", "correct": True},
                 {"text": "Una red de personas implicadas", "correct": True},
                 {"text": "Aprendizajes documentados que otros pueden reutilizar", "correct": True},
                 {"text": "La garantía de saber de antemano qué resultado saldrá", "feedback": "Precisamente, no se sabe de antemano qué saldrá."},
             ]},
            {"kind": "single", "text": "En un laboratorio ciudadano, ¿qué papel tiene la administración respecto al resultado?",
             "options": [
                 {"text": "Crea las condiciones para que aparezca la inteligencia colectiva", "correct": True},
                 {"text": "Dirige el resultado y reparte las tareas"},
                 {"text": "Evalúa las ideas y elige la ganadora antes de empezar"},
             ]},
        ],
    },
    {
        "title": "Cuestionario: cultura abierta",
        "questions": [
            {"kind": "matching", "text": "Une cada capa de lo abierto con lo que significa.",
             "options": [
                 {"text": "Apertura de la información", "match": "Datos y documentos en formatos que cualquiera puede leer y procesar"},
                 {"text": "Apertura del conocimiento", "match": "Explicar cómo se hizo algo para que otros no empiecen de cero"},
                 {"text": "Apertura de los procesos", "match": "Que personas de fuera participen mientras se decide"},
             ]},
            {"kind": "short", "text": "¿Qué licencia Creative Commons permite cualquier uso siempre que se cite la fuente? Escribe su abreviatura.",
             "answers": ["CC BY", "CC-BY", "CCBY"], "feedback": "CC BY es la licencia de atribución."},
            {"kind": "truefalse", "text": "Un PDF escaneado con una tabla es un dato abierto si se publica en un portal de datos.",
             "correct": False, "feedback": "Un dato abierto necesita un formato que se pueda procesar, como CSV, y una descripción de sus campos."},
            {"kind": "single", "text": "Publicar un material sin licencia…",
             "options": [
                 {"text": "deja en la duda a quien quiere reutilizarlo", "correct": True},
                 {"text": "lo convierte automáticamente en libre"},
                 {"text": "equivale a publicarlo con CC BY"},
             ]},
        ],
    },
    {
        "title": "Cuestionario: el hexágono de la innovación pública",
        "questions": [
            {"kind": "numeric", "text": "¿Cuántas dimensiones revisa el hexágono de la innovación pública?",
             "answers": [6], "tolerance": 0},
            {"kind": "multiple", "partialCredit": True, "text": "¿Cuáles de estas son dimensiones del hexágono? Marca todas las correctas.",
             "options": [
                 {"text": "Personas", "correct": True},
                 {"text": "Procesos", "correct": True},
                 {"text": "Participación", "correct": True},
                 {"text": "Publicidad"},
                 {"text": "Resultados", "correct": True},
             ]},
            {"kind": "single", "text": "Según la lectura, ¿dónde suele estar la resistencia más silenciosa al cambio?",
             "options": [
                 {"text": "En los procesos: el «siempre se ha hecho así»", "correct": True},
                 {"text": "En la tecnología"},
                 {"text": "En los datos"},
             ]},
            {"kind": "truefalse", "text": "Al puntuar el hexágono, lo importante es la conversación que provoca en el equipo, más que la cifra.",
             "correct": True},
        ],
    },
    {
        "title": "Cuestionario: enfoque conductual",
        "questions": [
            {"kind": "matching", "text": "Une cada pregunta de diseño con un ejemplo.",
             "options": [
                 {"text": "¿Es fácil?", "match": "Rellenar de antemano lo que la administración ya sabe"},
                 {"text": "¿Es atractivo?", "match": "Un mensaje breve y personalizado"},
                 {"text": "¿Es social?", "match": "Contar que otras personas como tú ya lo han hecho"},
                 {"text": "¿Es oportuno?", "match": "Un recordatorio justo antes del plazo"},
             ]},
            {"kind": "single", "text": "¿Cómo se sabe si una carta nueva funciona mejor que la antigua?",
             "options": [
                 {"text": "Enviando la nueva a una parte de los destinatarios y comparando los resultados", "correct": True},
                 {"text": "Preguntando al equipo qué versión le gusta más"},
                 {"text": "Cambiando todas las cartas y esperando a ver qué pasa"},
             ]},
            {"kind": "truefalse", "text": "Una intervención conductual ética deja siempre libertad para elegir otra opción.",
             "correct": True},
            {"kind": "short", "text": "¿Cómo se llama la opción que viene marcada cuando nadie elige otra? (dos palabras: «por …»)",
             "answers": ["por defecto", "defecto"]},
        ],
    },
    {
        "title": "Cuestionario: design thinking",
        "questions": [
            {"kind": "numeric", "text": "¿Cuántas fases tiene el design thinking tal como se presenta en el módulo?",
             "answers": [5], "tolerance": 0},
            {"kind": "single", "text": "¿Cuál es una buena definición del problema?",
             "options": [
                 {"text": "¿Cómo podríamos conseguir que las familias recién llegadas sepan qué ayudas les corresponden sin ir a tres ventanillas?", "correct": True},
                 {"text": "Necesitamos una aplicación móvil de ayudas", "feedback": "Esta definición ya contiene la solución."},
                 {"text": "Las familias no leen la información que publicamos"},
             ]},
            {"kind": "truefalse", "text": "En la fase de idear se busca la calidad antes que la cantidad.",
             "correct": False, "feedback": "Se busca cantidad antes que calidad, y se aplaza el juicio."},
            {"kind": "short", "text": "En las entrevistas, mejor que pedir opiniones generales es preguntar por… (una palabra: experiencias …)",
             "answers": ["concretas", "experiencias concretas"]},
        ],
    },
    {
        "title": "Cuestionario: metodologías participativas",
        "questions": [
            {"kind": "matching", "text": "Une cada escalón de la participación con su descripción.",
             "options": [
                 {"text": "Informar", "match": "Se comunica una decisión ya tomada"},
                 {"text": "Consultar", "match": "Se pide opinión, pero decide la institución"},
                 {"text": "Codecidir", "match": "La ciudadanía vota una parte de las decisiones"},
                 {"text": "Cogestionar", "match": "Un colectivo gestiona un espacio o un servicio"},
             ]},
            {"kind": "single", "text": "¿Cómo se elige a las personas de un jurado ciudadano?",
             "options": [
                 {"text": "Por sorteo, para que el grupo se parezca a la población", "correct": True},
                 {"text": "Entre quienes más participan en el barrio"},
                 {"text": "Las nombra el pleno municipal"},
             ]},
            {"kind": "multiple", "partialCredit": True, "text": "¿Qué ayuda a llegar a quienes no suelen participar? Marca todas las correctas.",
             "options": [
                 {"text": "Horarios fuera de la jornada laboral", "correct": True},
                 {"text": "Cuidado de menores durante las sesiones", "correct": True},
                 {"text": "Acudir a los espacios donde la gente ya está", "correct": True},
                 {"text": "Convocar solo por el boletín oficial"},
             ]},
            {"kind": "truefalse", "text": "Un proceso participativo termina cuando la institución recoge las propuestas; explicar después qué se hizo con ellas es opcional.",
             "correct": False, "feedback": "Devolver a las personas qué se hizo con cada propuesta, y por qué, es parte del proceso: sin esa respuesta, la próxima convocatoria llega a menos gente."},
        ],
    },
    {
        "title": "Cuestionario: innovación social y futuros",
        "questions": [
            {"kind": "single", "text": "¿Qué busca el pensamiento de futuros?",
             "options": [
                 {"text": "Explorar varios futuros posibles y ver qué decisiones aguantan en todos", "correct": True},
                 {"text": "Predecir con exactitud qué pasará dentro de veinte años"},
                 {"text": "Sustituir la planificación por la intuición"},
             ]},
            {"kind": "numeric", "text": "A partir de dos incertidumbres importantes, ¿cuántos escenarios se construyen?",
             "answers": [4], "tolerance": 0},
            {"kind": "truefalse", "text": "Una iniciativa que resuelve un problema pero deja a la comunidad igual de dependiente es, como mucho, un buen servicio.",
             "correct": True},
            {"kind": "short", "text": "¿Cómo se llaman los indicios pequeños de cambios que podrían crecer?",
             "answers": ["señales débiles", "señal débil"]},
        ],
    },
]

# Review questions that live in the course's question bank only: the last module's quiz draws two of them at random
# per attempt, so each attempt revisits a different part of the course.
REVIEW_CATEGORY = "Repaso del curso"
REVIEW_DRAW = 2

REVIEW_BANK = [
    {"kind": "single", "category": REVIEW_CATEGORY, "text": "¿Qué tienen en común un laboratorio ciudadano y un proceso participativo bien diseñado?",
     "options": [
         {"text": "Que la ciudadanía participa en la definición del problema y no solo en la consulta final", "correct": True},
         {"text": "Que ambos necesitan una gran inversión tecnológica"},
         {"text": "Que los dirige siempre una consultora externa"},
     ]},
    {"kind": "truefalse", "category": REVIEW_CATEGORY, "correct": False,
     "text": "El hexágono de la innovación pública sirve para elegir una única dimensión en la que trabajar y olvidar las demás."},
    {"kind": "short", "category": REVIEW_CATEGORY, "answers": ["prototipo", "prototipar", "prototipado"],
     "text": "En el pensamiento de diseño, ¿cómo se llama la versión temprana y barata de una solución que se prueba con las personas usuarias?"},
    {"kind": "single", "category": REVIEW_CATEGORY, "text": "¿Qué es un «empujón» (nudge) en el enfoque conductual?",
     "options": [
         {"text": "Un cambio en cómo se presenta una elección que facilita una conducta sin prohibir las demás", "correct": True},
         {"text": "Una sanción económica para quien no cumple"},
         {"text": "Una campaña de información masiva"},
     ]},
    {"kind": "multiple", "partialCredit": True, "category": REVIEW_CATEGORY, "text": "¿Qué prácticas forman parte de una cultura abierta en la administración? Marca todas las correctas.",
     "options": [
         {"text": "Publicar datos en formatos reutilizables", "correct": True},
         {"text": "Documentar y compartir lo aprendido, también los fracasos", "correct": True},
         {"text": "Decidir en reuniones sin acta"},
     ]},
    {"kind": "numeric", "category": REVIEW_CATEGORY, "answers": [7], "tolerance": 0,
     "text": "¿Cuántos módulos tiene este curso?"},
]
