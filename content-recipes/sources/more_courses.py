# Source of content-recipes/govtech-territorial.recipe.json and content-recipes/diseno-centrado-personas.recipe.json.

GOVTECH = {
    "slug": "govtech-para-el-territorio",
    "title": "GovTech para el territorio",
    "summary": ("Para municipalidades, provincias y agentes del territorio de un gobierno regional: qué puede aportar "
                "el ecosistema GovTech a los municipios pequeños y cómo comprar y probar soluciones con él."),
    "hours": 8,
    "topics": ["govtech", "municipios", "compra pública de innovación"],
    "level": "Iniciación",
    "prerequisites": "Pensado para personal técnico y cargos de municipios de menos de 20.000 habitantes.",
    "modules": [
        ("1. Qué es GovTech", "Lectura: el ecosistema GovTech visto desde un pueblo", 20, """## Un mercado de soluciones para lo público

Llamamos GovTech al conjunto de empresas emergentes, pymes tecnológicas y proyectos que desarrollan soluciones pensadas para las administraciones públicas: desde la gestión de residuos con sensores hasta la tramitación en línea de licencias o la atención vecinal por mensajería. A diferencia de los grandes contratos tecnológicos tradicionales, estas soluciones suelen ser modulares, se pagan por uso y pueden probarse a pequeña escala.

## Por qué importa en el territorio

Un municipio de dos mil habitantes no tiene un departamento de informática ni capacidad para desarrollar herramientas propias. Tampoco tiene el volumen de compra que interesa a los grandes proveedores. El ecosistema GovTech y la diputación provincial pueden cubrir ese hueco: la diputación agrega la demanda de muchos ayuntamientos, define retos comunes y ofrece un marco para que las empresas prueben sus soluciones en varios municipios a la vez.

## Empezar por el problema

El error más frecuente es empezar por la tecnología: “queremos una aplicación”, “queremos sensores”. El punto de partida debería ser un problema concreto y medible del municipio, formulado sin presuponer la solución. Por ejemplo: “las vecinas mayores no saben cuándo pasa el autobús comarcal” es un buen problema; “necesitamos una app de transporte” no lo es.
"""),
        ("2. Retos y pilotos", "Lectura: convertir un problema municipal en un reto", 25, """## De la queja al reto

Un reto GovTech bien formulado describe quién tiene el problema, cuántas personas se ven afectadas, cómo se resuelve hoy y qué resultado se consideraría un éxito. Incluye además las restricciones reales: presupuesto, conectividad disponible, personal que mantendrá la solución y normativa aplicable. Cuanto más concreto sea, mejores propuestas recibirá.

## El piloto como aprendizaje

Un piloto es una prueba limitada en tiempo, alcance y coste. Su objetivo no es comprar una solución, sino aprender si funciona en nuestras condiciones. Por eso conviene fijar desde el principio qué se va a medir, durante cuánto tiempo y qué se decidirá al final: extender, ajustar o abandonar. Abandonar un piloto que no funciona no es un fracaso; pagar durante años una solución que nadie usa sí lo es.

## El papel de la diputación

La diputación puede acompañar a los municipios en todo el ciclo: ayudarles a formular retos, seleccionar a varias empresas, coordinar los pilotos en municipios con problemas parecidos y compartir los resultados con el resto de la provincia. Así un ayuntamiento pequeño se beneficia de lo que han aprendido otros.
"""),
        ("3. Comprar innovación", "Lectura: la compra pública de innovación, paso a paso", 25, """## Comprar lo que todavía no existe

La legislación de contratos permite comprar soluciones que aún no están en el mercado mediante procedimientos como la consulta preliminar al mercado, la compra pública precomercial o la asociación para la innovación. La consulta preliminar es el paso más sencillo y útil para un municipio: antes de licitar, se pregunta al mercado qué soluciones existen para un reto y cuánto costarían.

## Buenas prácticas

Publica el reto en términos de necesidad, no de especificaciones técnicas cerradas. Valora en la adjudicación la calidad de la propuesta y la experiencia de uso, no solo el precio. Exige que los datos generados sean propiedad de la administración y puedan exportarse en formatos abiertos, para no quedar atado a un proveedor. Y prevé desde el principio quién mantendrá la solución cuando termine el contrato.

## Ejercicio final

Elige un problema de tu municipio y redáctalo como reto: quién lo sufre, cómo se resuelve hoy, qué resultado buscas y con qué restricciones cuentas. Compártelo con tu diputación o con otros municipios del curso para comprobar si el problema es común.
"""),
    ],
}

HCD = {
    "slug": "diseno-centrado-en-las-personas",
    "title": "Diseño centrado en las personas para pilotos GovTech",
    "summary": ("Para equipos públicos que van a probar una solución con una empresa GovTech: cómo investigar con "
                "las personas usuarias, definir qué se prueba y evaluar el piloto con ellas."),
    "hours": 6,
    "topics": ["design thinking", "govtech", "pilotos", "investigación con usuarios"],
    "level": "Intermedio",
    "prerequisites": "Recomendable haber hecho el módulo de design thinking del MOOC de innovación pública y social.",
    "modules": [
        ("1. Investigar antes de probar", "Lectura: entrevistas y observación en un servicio público", 20, """## Conocer a quien usará la solución

Antes de empezar un piloto, el equipo público y la empresa deben conocer de primera mano a las personas que usarán la solución: quienes reciben el servicio y quienes lo prestan. Cinco o seis entrevistas bien hechas revelan la mayoría de los problemas importantes.

## Cómo entrevistar

Pide a la persona que te cuente la última vez que hizo el trámite o usó el servicio, paso a paso. Pregunta qué le resultó difícil, a quién pidió ayuda y qué hizo cuando algo no funcionó. Evita preguntas que sugieren la respuesta y no presentes todavía la solución: el objetivo es entender su situación, no validar tu idea.

## Observar el servicio

Acompañar al personal de atención durante una mañana muestra los atajos, los papeles impresos junto a la computadora y las llamadas que nadie había mencionado. Esas soluciones improvisadas indican dónde el servicio actual falla y qué debería cubrir la nueva herramienta.
"""),
        ("2. Definir qué se prueba", "Lectura: hipótesis y criterios de éxito de un piloto", 20, """## De las ideas a hipótesis

Un piloto prueba hipótesis, no productos. Una hipótesis útil tiene esta forma: “creemos que si las personas mayores reciben un aviso por voz del paso del autobús, dejarán de esperar a la intemperie; lo sabremos si el tiempo medio de espera en la parada baja a la mitad”. Obliga a precisar a quién se dirige la solución, qué cambio se espera y cómo se medirá.

## Criterios acordados antes de empezar

El equipo público, la empresa y, si es posible, un grupo de personas usuarias deben acordar los criterios de éxito antes del piloto. Así se evita que al final cada parte interprete los resultados a su conveniencia. Incluye criterios de uso, de satisfacción y de coste, y también límites: qué resultado llevaría a parar el piloto antes de tiempo.

## Cuidar a quienes participan

Las personas que prueban un piloto deben saber que se trata de una prueba, qué datos se recogen y que pueden dejarlo cuando quieran sin perder el servicio habitual.
"""),
        ("3. Evaluar con las personas", "Lectura: aprender del piloto y decidir", 20, """## Medir y escuchar

Al terminar el piloto, combina los datos de uso con conversaciones con quienes lo han probado. Las cifras dicen qué pasó; las conversaciones explican por qué. Una solución con poco uso puede deberse a un mal diseño, a una mala comunicación o a que el problema no era el que creíamos.

## Decidir con la información

Con los resultados a la vista, el equipo decide: extender la solución, ajustarla y volver a probar, o abandonarla. Documenta la decisión y sus motivos en abierto, para que otros municipios y la propia empresa aprendan de ella.

## Cerrar el ciclo

Devuelve los resultados a las personas que participaron. Contarles qué se ha decidido gracias a su tiempo es la mejor manera de que vuelvan a participar en el próximo piloto.
"""),
    ],
}
