# Source of content-recipes/thinkia-mooc.recipe.json: the course text, written for this project.
# Run content-recipes/tools/build-sample-recipes.py to regenerate the recipe and its narrated videos.

SLUG = "innovacion-publica-y-social"
TITLE = "Innovación pública y social: conceptos y herramientas"
SUMMARY = ("Un curso a tu ritmo para personal de las administraciones públicas: qué es la innovación pública, "
           "cómo trabajan los laboratorios ciudadanos, y herramientas prácticas —del design thinking a los futuros— "
           "para probar soluciones con la ciudadanía.")
HOURS = 22

# Who signs the certificate of 22 learning hours (an invented public-innovation lab and its director).
ISSUER = "Laboratorio de Innovación Pública"
ISSUER_URL = "https://innovation-academy.example/"
SIGNATORY_NAME = "Elena Robles Ibáñez"
SIGNATORY_TITLE = "Directora del Laboratorio de Innovación Pública"
TOPICS = ["innovación pública", "laboratorios ciudadanos", "cultura abierta", "design thinking",
          "participación", "innovación social", "futuros"]
LEVEL = "Iniciación"
PREREQUISITES = ("No hace falta experiencia previa. Conviene tener a mano un reto real de tu organización: "
                 "los ejercicios de cada módulo te pedirán aplicarlos a él.")

MODULES = [
    {
        "title": "1. Laboratorios ciudadanos",
        "video": {
            "title": "Qué es un laboratorio ciudadano",
            "minutes": 4,
            "transcript": [
                "Un laboratorio ciudadano es un espacio donde personas diversas se reúnen para experimentar juntas.",
                "No es un lugar para expertos: vecinas, asociaciones, personal municipal y comercios aportan lo que saben.",
                "Se trabaja por proyectos, con prototipos sencillos que se prueban pronto y se mejoran con lo aprendido.",
                "La administración no dirige el resultado: crea las condiciones para que la inteligencia colectiva aparezca.",
                "En este módulo veremos cómo funciona un laboratorio y qué papel puedes jugar tú desde tu puesto.",
            ],
        },
        "reading": {
            "title": "Lectura: cómo funciona un laboratorio ciudadano",
            "minutes": 15,
            "body": """## De espectadores a coproductores

Durante décadas, la relación entre la administración y la ciudadanía se ha parecido a la de un proveedor con su clientela: la institución diseña un servicio y la población lo recibe, lo usa y, a veces, se queja. Los laboratorios ciudadanos parten de otra idea. Los problemas públicos complejos —la soledad no deseada, la movilidad de un barrio, el uso de un solar vacío— no se resuelven solo con conocimiento técnico, porque buena parte del saber necesario está repartido entre quienes viven el problema cada día.

Un laboratorio ciudadano es, por tanto, una infraestructura para que ese saber disperso se encuentre y produzca algo. Suele tener un espacio físico abierto, aunque lo esencial no son las paredes sino tres elementos: **convocatorias abiertas** para presentar proyectos, **equipos mixtos** que se forman alrededor de cada proyecto y **mediación** profesional que acompaña el proceso.

## El ciclo de un proyecto

La mayoría de los laboratorios siguen un ciclo parecido. Primero se abre una convocatoria en la que cualquier persona puede proponer una idea. Después se hace una segunda llamada para reunir colaboradoras y colaboradores: gente que no propuso nada pero quiere aportar tiempo, oficio o curiosidad. Durante varias semanas, cada grupo trabaja con la ayuda de mediadoras que facilitan las reuniones, conectan con recursos y documentan lo que ocurre. Al final se presentan prototipos: no soluciones acabadas, sino versiones que se pueden probar.

## Qué cambia para la administración

Para una institución, participar en un laboratorio supone aceptar cierta incertidumbre. No se sabe de antemano qué saldrá, y eso choca con procedimientos pensados para ejecutar lo planificado. A cambio, el laboratorio ofrece algo difícil de obtener por otras vías: propuestas probadas a pequeña escala, una red de personas implicadas y aprendizajes documentados que otros pueden reutilizar.

## Tu papel

No hace falta dirigir un laboratorio para aprovechar su lógica. Puedes abrir un problema de tu unidad a la participación, invitar a quienes lo sufren a una sesión de trabajo o documentar en abierto lo que has probado. El ejercicio de este módulo te pide justo eso: elige un reto de tu organización y anota quién sabe algo sobre él fuera de tu equipo.
""",
        },
    },
    {
        "title": "2. Cultura abierta",
        "video": {
            "title": "Lo abierto como forma de trabajar",
            "minutes": 4,
            "transcript": [
                "Abrir no es solo publicar datos en un portal.",
                "Es documentar lo que hacemos para que otras personas puedan entenderlo, copiarlo y mejorarlo.",
                "El software libre, las licencias Creative Commons y los datos abiertos comparten esa misma idea.",
                "En lo público tiene un sentido especial: lo que se paga entre todas debería poder reutilizarse entre todas.",
                "Veremos licencias, formatos y hábitos que hacen que el trabajo de tu equipo sea más abierto.",
            ],
        },
        "reading": {
            "title": "Lectura: licencias, datos y documentación",
            "minutes": 15,
            "body": """## Tres capas de lo abierto

Cuando se habla de cultura abierta en la administración suele pensarse en portales de datos. Es una parte importante, pero conviene distinguir tres capas. La primera es la **apertura de la información**: datos y documentos publicados en formatos que cualquiera pueda leer y procesar. La segunda es la **apertura del conocimiento**: explicar cómo se ha hecho algo, con qué herramientas y con qué resultados, para que otra institución no tenga que empezar de cero. La tercera es la **apertura de los procesos**: permitir que personas de fuera participen en las decisiones mientras se toman, no solo después.

## Licencias: decir qué se puede hacer

Publicar algo sin licencia no lo convierte en libre; al contrario, la ausencia de licencia deja en la duda a quien quiere reutilizarlo. Las licencias Creative Commons resuelven esto para textos, imágenes y materiales formativos. La licencia de atribución (CC BY) permite cualquier uso siempre que se cite la fuente, y es la más coherente con la idea de que lo financiado con fondos públicos debe volver a la ciudadanía. Para el software, las licencias libres cumplen la misma función y permiten que otros municipios adopten una herramienta sin pagar dos veces por ella.

## Datos con sentido

Un conjunto de datos es útil cuando está actualizado, describe qué contiene cada campo y usa formatos estándar como CSV. Un PDF escaneado con una tabla no es un dato abierto aunque se publique en un portal. Antes de publicar, pregúntate quién podría usar esos datos y qué necesitaría para hacerlo sin llamarte por teléfono.

## Documentar como hábito

La documentación no es un informe final que se escribe cuando ya nadie recuerda los detalles. Funciona mejor como un diario de trabajo compartido: qué se intentó, qué salió mal y por qué se cambió de rumbo. Los errores documentados son valiosos para otros equipos, porque les ahorran repetirlos.

## Ejercicio

Toma un documento o conjunto de datos que tu unidad produzca con regularidad. Decide qué licencia le pondrías, en qué formato lo publicarías y qué explicación mínima necesitaría para que alguien de fuera pudiera reutilizarlo.
""",
        },
    },
    {
        "title": "3. El hexágono de la innovación pública",
        "video": {
            "title": "Seis dimensiones para innovar",
            "minutes": 5,
            "transcript": [
                "El hexágono es una forma de mirar la innovación pública desde seis lados a la vez.",
                "Habla de las personas, de los datos, de la tecnología, de los procesos, de la participación y de los resultados.",
                "Ningún lado basta por sí solo: una aplicación nueva sin cambiar el proceso apenas mejora nada.",
                "El hexágono sirve para diagnosticar un proyecto y ver qué dimensión se ha quedado atrás.",
                "Al final del módulo aplicarás el hexágono a tu propio reto.",
            ],
        },
        "reading": {
            "title": "Lectura: usar el hexágono para diagnosticar un proyecto",
            "minutes": 15,
            "body": """## Por qué un hexágono

Muchos proyectos de innovación fracasan por mirar el problema desde un único ángulo. Se compra una plataforma digital sin revisar el procedimiento que debería sostenerla, o se abre un proceso participativo sin prever cómo se incorporarán sus resultados a las decisiones. El hexágono propone seis dimensiones que conviene revisar a la vez, como las caras de una misma pieza.

## Las seis dimensiones

**Personas.** ¿Tiene el equipo el tiempo, las capacidades y el respaldo para intentar algo nuevo? La innovación depende más de la cultura de la organización que de cualquier herramienta.

**Datos.** ¿Qué sabemos del problema y cómo lo sabemos? Los datos permiten medir el punto de partida y saber si un cambio funciona, pero también pueden ocultar a quienes no aparecen en los registros.

**Tecnología.** ¿Qué herramientas harían el trabajo más sencillo para quien presta el servicio y para quien lo recibe? La tecnología adecuada es la que la gente puede usar, no la más avanzada.

**Procesos.** ¿Qué trámites, normas o circuitos internos habría que cambiar? Aquí suele estar la resistencia más silenciosa: el “siempre se ha hecho así”.

**Participación.** ¿En qué momento intervienen las personas afectadas? Cuanto antes participen, más probable es que la solución responda a necesidades reales.

**Resultados.** ¿Qué cambio concreto esperamos en la vida de la gente y cómo lo vamos a notar? Sin esta cara, el proyecto corre el riesgo de celebrar actividades en lugar de efectos.

## Cómo usarlo

Dibuja un hexágono y puntúa cada dimensión del 1 al 5 según lo trabajada que esté en tu proyecto. Las puntuaciones bajas no son un fracaso: señalan dónde poner atención en la siguiente fase. Repite el ejercicio cada pocos meses y compara. Lo importante no es la cifra, sino la conversación que provoca en el equipo cuando cada persona explica por qué puntuó como lo hizo.
""",
        },
    },
    {
        "title": "4. Enfoque conductual para intervenciones públicas",
        "video": {
            "title": "Cómo decidimos las personas",
            "minutes": 4,
            "transcript": [
                "Las políticas públicas suelen suponer que las personas deciden con calma y con toda la información.",
                "En la vida real decidimos con prisa, con atajos mentales y dejando cosas para mañana.",
                "Las ciencias del comportamiento estudian esos atajos para diseñar servicios más fáciles de usar.",
                "Un formulario más claro o un recordatorio a tiempo pueden cambiar más que una campaña costosa.",
                "Veremos cómo aplicarlo con ética y cómo comprobar si de verdad funciona.",
            ],
        },
        "reading": {
            "title": "Lectura: hacerlo fácil, oportuno y comprobable",
            "minutes": 15,
            "body": """## La distancia entre intención y acción

Mucha gente quiere pedir una ayuda a la que tiene derecho, renovar un documento a tiempo o vacunarse, y sin embargo no lo hace. No es falta de voluntad: entre la intención y la acción hay fricciones. Un formulario de doce páginas, una cita que solo se puede pedir en horario laboral o una carta llena de términos jurídicos bastan para que una persona lo deje para otro día que nunca llega.

El enfoque conductual propone tomarse en serio esas fricciones. En lugar de suponer que las personas leen todo con atención, parte de cómo decidimos realmente: con atención limitada, influidos por lo que hacen los demás y con tendencia a quedarnos con la opción que viene marcada por defecto.

## Cuatro preguntas de diseño

**¿Es fácil?** Reduce pasos, elimina documentos que la administración ya tiene y rellena de antemano lo que puedas.

**¿Es atractivo?** Destaca lo importante. Un mensaje personalizado y breve se lee más que una carta genérica.

**¿Es social?** Saber que otras personas como nosotras ya lo han hecho anima a hacerlo.

**¿Es oportuno?** El mismo recordatorio funciona mejor justo antes del plazo que con meses de antelación.

## Ética y transparencia

Influir en las decisiones de la gente exige cuidado. Las intervenciones conductuales deben buscar el interés de la propia persona, ser transparentes —cualquiera debería poder saber por qué se le presenta así una opción— y dejar siempre libertad para elegir otra cosa. Un diseño que aprovecha los sesgos para perjudicar a quien decide no es innovación, es manipulación.

## Probar antes de extender

La gran aportación del enfoque conductual a la administración es el hábito de comprobar. Antes de cambiar todas las cartas de un servicio, se puede enviar la versión nueva a una parte de los destinatarios y comparar resultados con la versión antigua. Así se sabe si el cambio ayuda, y cuánto, en lugar de suponerlo.
""",
        },
    },
    {
        "title": "5. Design thinking",
        "video": {
            "title": "Diseñar con las personas usuarias",
            "minutes": 5,
            "transcript": [
                "El design thinking es una manera de resolver problemas que empieza por entender a las personas.",
                "Primero escuchamos y observamos, después definimos bien el problema, y solo entonces buscamos ideas.",
                "Las ideas se convierten en prototipos baratos que se prueban con usuarias reales.",
                "Equivocarse pronto y en pequeño es mucho más barato que equivocarse tarde y a lo grande.",
                "En este módulo recorrerás las cinco fases con tu propio reto.",
            ],
        },
        "reading": {
            "title": "Lectura: las cinco fases en un servicio público",
            "minutes": 20,
            "body": """## Empatizar

Todo empieza por salir de la mesa de trabajo. Entrevistar a personas que usan el servicio, acompañarlas mientras hacen un trámite o pasar una mañana en una oficina de atención revela cosas que ningún informe recoge. La clave es preguntar por experiencias concretas —“cuéntame la última vez que…”— en lugar de por opiniones generales, y escuchar más de lo que se habla.

## Definir

Con lo observado, el equipo formula el problema desde el punto de vista de las personas. Una buena definición tiene la forma de una pregunta abierta: “¿Cómo podríamos conseguir que las familias recién llegadas sepan qué ayudas les corresponden sin tener que ir a tres ventanillas?”. Una mala definición ya contiene la solución: “necesitamos una aplicación móvil”.

## Idear

Aquí se busca cantidad antes que calidad. Se generan muchas ideas, se combinan y se aplaza el juicio. Conviene invitar a perfiles distintos: personal de atención, personas usuarias, alguien de otra área. Después se eligen unas pocas para seguir trabajando, con criterios explícitos como el impacto esperado y la facilidad de probarlas.

## Prototipar

Un prototipo es cualquier cosa que permita probar una idea: un folleto dibujado a mano, una simulación del nuevo recorrido en la oficina, una página web hecha en una tarde. Debe ser lo bastante barato como para poder tirarlo sin pena si no funciona.

## Testear

Los prototipos se prueban con personas reales, observando qué hacen más que qué dicen. Cada prueba deja aprendizajes que llevan a ajustar el prototipo, a redefinir el problema o incluso a volver a empatizar. Las fases no son una línea recta sino un ciclo.

## En la administración

Aplicar estas fases en lo público tiene particularidades: hay que garantizar la igualdad de trato, proteger los datos de quienes participan y contar con quienes no usan el servicio precisamente porque no les llega. Documentar cada ciclo permite justificar las decisiones y que otros equipos aprendan de ellas.
""",
        },
    },
    {
        "title": "6. Metodologías participativas",
        "video": {
            "title": "Participar no es solo opinar",
            "minutes": 4,
            "transcript": [
                "Hay muchas formas de participar, y no todas dan el mismo poder a la ciudadanía.",
                "Informar, consultar, codecidir y cogestionar son escalones distintos.",
                "Elegir bien el método depende de qué se puede decidir de verdad y de a quién queremos escuchar.",
                "Una buena participación llega también a quienes no suelen acudir a las reuniones.",
                "Conoceremos métodos como los jurados ciudadanos, los presupuestos participativos o los paseos de barrio.",
            ],
        },
        "reading": {
            "title": "Lectura: elegir el método adecuado",
            "minutes": 15,
            "body": """## La escalera de la participación

No toda participación es igual. En un extremo está informar: la administración comunica una decisión ya tomada. Después viene consultar, cuando se pide opinión pero la decisión sigue en manos de la institución. Más arriba está codecidir, cuando la ciudadanía tiene voto real sobre una parte de las decisiones, y en lo más alto cogestionar, cuando un colectivo asume la gestión de un espacio o un servicio. Ningún escalón es malo en sí mismo; lo que genera frustración es prometer uno y practicar otro.

## Antes de elegir un método

Responde tres preguntas. **¿Qué se puede decidir?** Si el margen real es pequeño, dilo desde el principio. **¿A quién necesitamos escuchar?** Las personas más afectadas por un problema no siempre son las que más participan. **¿Qué pasará con los resultados?** Explica de antemano cómo se tendrán en cuenta y comprométete a devolver una respuesta.

## Algunos métodos

**Jurados ciudadanos.** Un grupo de personas elegidas por sorteo, para que se parezca a la población, estudia un tema con ayuda de especialistas y formula recomendaciones. Funciona bien en temas controvertidos.

**Presupuestos participativos.** La ciudadanía propone y vota proyectos para una parte del presupuesto. Es concreto y visible, pero exige cumplir lo votado en plazos razonables.

**Paseos de barrio.** Vecinas y personal técnico recorren juntos una zona y anotan problemas y oportunidades sobre el terreno. Permite hablar de lo concreto y llega a personas que no irían a una reunión formal.

**Talleres de cocreación.** Sesiones en las que grupos mixtos diseñan propuestas con materiales sencillos. Son útiles en las fases de ideación de un proyecto.

## Llegar a quien no viene

Horarios fuera de la jornada laboral, cuidado de menores durante las sesiones, traducción y acudir a los espacios donde la gente ya está —asociaciones, mercados, grupos de mensajería— multiplican la diversidad de quienes participan. La participación también se diseña.
""",
        },
    },
    {
        "title": "7. Innovación social y pensamiento de futuros",
        "video": {
            "title": "Imaginar futuros para decidir hoy",
            "minutes": 5,
            "transcript": [
                "La innovación social busca respuestas nuevas a necesidades sociales, y las busca con las comunidades afectadas.",
                "Muchas de esas respuestas nacen fuera de la administración: cooperativas, redes vecinales, empresas sociales.",
                "El pensamiento de futuros nos ayuda a preparar hoy las políticas para mundos que todavía no existen.",
                "No se trata de predecir, sino de imaginar varios escenarios posibles y ver qué decisiones aguantan en todos.",
                "Este último módulo une ambas ideas y te prepara para el trabajo final del curso.",
            ],
        },
        "reading": {
            "title": "Lectura: señales, escenarios y alianzas",
            "minutes": 20,
            "body": """## Innovación social: resolver con, no para

La innovación social se define por sus fines y por sus medios. Por sus fines, porque busca responder a necesidades sociales que el mercado y el Estado no cubren bien: el cuidado de personas mayores que viven solas, la inserción laboral de personas migrantes, el acceso a vivienda asequible. Por sus medios, porque construye esas respuestas con las comunidades afectadas y, al hacerlo, fortalece sus capacidades. Una iniciativa que resuelve un problema pero deja a la comunidad igual de dependiente que antes es, como mucho, un buen servicio.

El papel de la administración en este terreno suele ser el de aliada: financiar con reglas adecuadas a proyectos que empiezan, ceder espacios, eliminar trabas normativas y, cuando una iniciativa demuestra que funciona, ayudar a escalarla sin ahogar lo que la hizo funcionar.

## Pensamiento de futuros: preparar decisiones robustas

Las políticas que se aprueban hoy seguirán vigentes dentro de diez o veinte años, en un contexto que nadie conoce. El pensamiento de futuros no intenta adivinar ese contexto; ofrece herramientas para explorarlo.

**Señales débiles.** Son indicios pequeños de cambios que podrían crecer: una nueva forma de trabajar, una tecnología que empieza a usarse, un cambio en los hábitos de los jóvenes. Recogerlas de forma sistemática ayuda a no llegar tarde.

**Escenarios.** A partir de dos incertidumbres importantes —por ejemplo, cómo evolucionará el clima de una región y cuánta gente vivirá en ella— se construyen cuatro futuros posibles y se describe cómo sería la vida en cada uno.

**Prueba de robustez.** Se comprueba qué medidas actuales tendrían sentido en todos los escenarios y cuáles solo en uno. Las primeras son apuestas seguras; las segundas requieren vigilar las señales que indiquen hacia dónde vamos.

## El trabajo final

Para obtener el certificado, elige el reto que has trabajado durante el curso y redacta una propuesta de dos páginas que responda a estas preguntas: qué problema abordas y a quién afecta, qué aprendiste al escuchar a esas personas, qué prototipo probarías primero, cómo participaría la ciudadanía y qué señales de futuro podrían cambiar tu propuesta. Quien complete los siete módulos y entregue este trabajo recibirá el certificado de 22 horas.
""",
        },
    },
]

# The final assignment: without it accepted, no certificate.
ASSIGNMENT = {
    "title": "Trabajo final: una intervención de innovación pública para tu institución",
    "instructions": """Diseña una intervención de innovación pública para un reto real de tu propia institución: el que has ido trabajando en los ejercicios de cada módulo.

Entrega una propuesta de **dos páginas como máximo** (escrita aquí o en un archivo PDF o Word) que responda a estas preguntas:

1. **El problema.** ¿Qué problema abordas, a quién afecta y cómo lo sabes?
2. **Lo que aprendiste escuchando.** ¿Con quién hablaste y qué descubriste que no sabías?
3. **El prototipo.** ¿Qué probarías primero, con quién y cómo sabrías si funciona?
4. **La participación.** ¿Cómo participaría la ciudadanía y qué harías con lo que aporte?
5. **El futuro.** ¿Qué señales de futuro podrían cambiar tu propuesta?

El equipo del curso la revisará con la rúbrica de abajo. Si pide cambios, podrás corregirla y volver a entregarla.
""",
    "maxFileMegabytes": 10,
    "maxFiles": 2,
    "blind": True,
    "rubric": [
        {"title": "Comprensión del problema", "description": "El problema está delimitado, se dice a quién afecta y con qué evidencias.",
         "levels": ["Sin definir", "Descrito en general", "Delimitado con evidencias", "Delimitado, con evidencias y con las voces de las personas afectadas"]},
        {"title": "Prototipo y aprendizaje", "description": "Hay un prototipo sencillo y un modo de comprobar si funciona.",
         "levels": ["Sin prototipo", "Idea sin forma de probarla", "Prototipo con una prueba pensada", "Prototipo barato, prueba concreta y criterio de éxito"]},
        {"title": "Participación", "description": "La ciudadanía participa en un momento en que puede cambiar la propuesta, y se explica qué se hará con lo que aporte.",
         "levels": ["No aparece", "Solo se informa o consulta al final", "Participa durante el diseño", "Participa durante el diseño y se le devuelve una respuesta"]},
        {"title": "Viabilidad y futuro", "description": "La propuesta cabe en la institución y tiene en cuenta señales de cambio.",
         "levels": ["No es viable tal como está", "Viable pero sin mirar al futuro", "Viable y menciona alguna señal", "Viable, con señales y un plan si cambian"]},
    ],
}
