#!/usr/bin/env python3
"""Builds content-recipes/creando-cohorts.recipe.json: the CREANDO programme for migrant entrepreneurs with its
2022 and 2023 cohorts (partners, referral codes, sessions, participants with their step-zero intake, consented
demographics and attendance) and an upcoming 2027 cohort open for sign-up.

The records are made so that the platform's own report computes, for 2022 and 2023: sign-ups 600 and 2,250;
graduates 70 and 222 (75 % of sessions attended); partner organisations 15 and 40; women 70 % and 80 % of those who
answered; talent-directory entries 92 by the 2022 participants and 345 in all by 2023 (253 more from 2023).
People, businesses and organisations are invented; e-mail addresses use the reserved .example domain. The output is
the same on every run (a fixed random seed), so a rebuild changes only what the script changes.
"""
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
rng = random.Random(2023)

PARTNERS = [
    ("Asociación Hatun Llaqta", "grassroots"), ("Red de Mujeres Migrantes Emprendedoras", "grassroots"),
    ("Colectivo Cruzando Fronteras", "grassroots"), ("Casa Andina de Acogida", "ngo"),
    ("Fundación Puentes de Oficio", "ngo"), ("Universidad del Pacífico Sur", "university"),
    ("Instituto Técnico Los Olivos", "university"), ("Cámara de Comercio de Lima Norte", "private"),
    ("Banco Comunal Semilla", "private"), ("Municipalidad de San Martín de Porres", "public"),
    ("Centro de Empleo de Independencia", "public"), ("Parroquia Santa Rosa – Pastoral de Movilidad", "grassroots"),
    ("Asociación Venezolanos Unidos en Comas", "grassroots"), ("Radio Comunitaria Voces del Cono", "grassroots"),
    ("Cooperativa de Costureras Hilando Juntas", "grassroots"), ("Fundación Mercado Justo", "ngo"),
    ("Escuela de Negocios del Rímac", "university"), ("Laboratorio Ciudadano Lima Este", "public"),
    ("Asociación de Panaderos Emprendedores", "grassroots"), ("Red Barrial Ate Solidario", "grassroots"),
    ("Fundación Aprende Digital", "ngo"), ("Universidad Nacional de Ingeniería Aplicada – Extensión", "university"),
    ("Caja Municipal Progreso", "private"), ("Incubadora Arranca", "private"),
    ("Defensoría del Migrante – Oficina Lima", "public"), ("Colectivo Sabores de Mi Tierra", "grassroots"),
    ("Asociación Colombianos en el Callao", "grassroots"), ("Red de Peluqueras y Barberos Migrantes", "grassroots"),
    ("Fundación Manos que Emprenden", "ngo"), ("Centro Cultural Chabuca Vive", "grassroots"),
    ("Plataforma Ecuador en Lima", "grassroots"), ("Universidad Privada del Norte Chico", "university"),
    ("Mercado Modelo de Villa El Salvador", "private"), ("Programa Municipal Lima Emprende", "public"),
    ("Asociación de Transportistas Solidarios", "grassroots"), ("Fundación Datos Seguros", "ngo"),
    ("Cooperativa Agraria Nuevo Amanecer", "private"), ("Colectivo Diseño para Todos", "grassroots"),
    ("Red de Cuidadoras Migrantes", "grassroots"), ("Asociación de Artesanos Wayuu en Lima", "grassroots"),
]

FIRST_WOMEN = ["María", "Yuleisy", "Daniela", "Andreína", "Carolina", "Rosa", "Génesis", "Luisana", "Paola", "Karla",
               "Yenny", "Mariángel", "Fernanda", "Lucía", "Diana", "Milagros", "Johana", "Valentina", "Keila", "Norelys"]
FIRST_MEN = ["José", "Luis", "Carlos", "Jesús", "Andrés", "Miguel", "Jhonny", "Ángel", "Rafael", "Wilmer",
             "Pedro", "Yonathan", "Óscar", "Franklin", "Eduardo", "Javier", "Kevin", "Manuel", "Ricardo", "Darwin"]
LAST = ["González", "Rodríguez", "Pérez", "Hernández", "García", "Martínez", "López", "Ramírez", "Contreras", "Rojas",
        "Mendoza", "Quispe", "Mamani", "Torres", "Salazar", "Castillo", "Vargas", "Blanco", "Suárez", "Medina",
        "Gutiérrez", "Chirinos", "Urdaneta", "Paredes", "Flores", "Rivas", "Moreno", "Díaz", "Cárdenas", "Ortega"]
NATIONALITIES = ["Venezolana"] * 14 + ["Colombiana"] * 3 + ["Ecuatoriana", "Haitiana", "Boliviana"]
MIGRATION = ["regular"] * 5 + ["in-process"] * 3 + ["irregular", "refugee", "prefer-not"]
SECTORS = ["Food and catering"] * 5 + ["Retail"] * 3 + ["Beauty and wellbeing"] * 2 + [
    "Textiles and fashion", "Crafts", "Construction and repairs", "Transport and delivery", "Tourism",
    "Education and training", "Care services", "Technology", "Agriculture", "Other"]
DEVICES = ["smartphoneOnly"] * 6 + ["smartphoneAndComputer"] * 3 + ["computer", "noneOfMyOwn"]
CONNECTIONS = ["mobileData"] * 5 + ["homeInternet"] * 3 + ["publicOrBorrowed"] * 2 + ["rarely"]
STAGES = ["idea"] * 3 + ["starting"] * 4 + ["running"] * 3 + ["growing"]

WEEKLY = [  # (weekday offset from Monday, local start, end, kind, titles per week)
    (1, "19:00", "21:00", "workshop", [
        "Taller: tu idea de negocio en un lienzo de una página",
        "Taller: diseña tu marca y tus publicaciones con Canva",
        "Taller: finanzas del negocio en una hoja de cálculo",
        "Taller: vender por WhatsApp Business y catálogos en línea",
        "Taller: formalización paso a paso (RUC y régimen simple)",
        "Taller: cuenta tu negocio en tres minutos",
    ]),
    (5, "10:00", "12:00", "clinic", [
        "Clínica: ¿cuánto cobrar? Precios que cubren tus costos",
        "Clínica: seguridad en línea para tu negocio y tus datos",
        "Clínica: pagos digitales, Yape y Plin sin sustos",
        "Clínica: fotografía de producto con el celular",
        "Clínica: acceso a microcrédito y banca comunal",
        "Clínica: prepara tu presentación final",
    ]),
    (3, "20:00", "21:30", "mentoring", [
        "Mentoría en grupo: primeros clientes",
        "Mentoría en grupo: organizar el tiempo entre trabajo y familia",
        "Mentoría en grupo: costes fijos y variables",
        "Mentoría en grupo: atención al cliente por redes",
        "Mentoría en grupo: trámites y permisos municipales",
        "Mentoría en grupo: plan para los próximos seis meses",
    ]),
]
FACILITATORS = ["Ana Ruiz Salas", "Héctor Villanueva", "Mónica Arana", "Iván Sifontes", "Gabriela Núñez", "Tomás Delgado"]


def sessions(start: str, weeks: int, kinds: int, hosts: list[str]) -> list[dict]:
    from datetime import date, timedelta
    monday = date.fromisoformat(start)
    out = []
    for week in range(weeks):
        for slot, (offset, begin, end, kind, titles) in enumerate(WEEKLY[:kinds]):
            day = monday + timedelta(days=7 * week + offset)
            session = {"title": titles[week], "kind": kind, "starts": f"{day}T{begin}", "ends": f"{day}T{end}",
                       "host": hosts[(week * kinds + slot) % len(hosts)], "facilitator": FACILITATORS[(week + slot) % len(FACILITATORS)]}
            if kind == "clinic" and week % 2 == 1:
                session["place"] = "Casa de la Juventud, Av. Túpac Amaru 1250, Lima"
            else:
                session["url"] = f"https://meet.example/creando-{day.year}-{week + 1}-{slot + 1}"
            out.append(session)
    out.sort(key=lambda s: s["starts"])
    return out


def person(index: int, woman: bool) -> tuple[str, str]:
    first = rng.choice(FIRST_WOMEN if woman else FIRST_MEN)
    name = f"{first} {rng.choice(LAST)} {rng.choice(LAST)}"
    return name, f"participante{index:05d}@creando.example"


def cohort(year: int, start: str, end: str, partners: list[str], sign_ups: int, accepted: int, graduates: int,
           answered: int, women: int, prefer_not: int, weeks_kinds: tuple[int, int], codes: list[dict],
           returning: list[dict], first_index: int) -> dict:
    weeks, kinds = weeks_kinds
    schedule = sessions(start, weeks, kinds, partners)
    held = len(schedule)
    need = -(-75 * held // 100)  # the fewest sessions that make 75 %
    # Who answered what: women, other answers (men and a few non-binary), "prefer not", and no consent at all.
    genders = ["woman"] * women + ["man"] * (answered - women - answered // 100) + ["non-binary"] * (answered // 100) \
        + ["prefer-not"] * prefer_not + [None] * (sign_ups - answered - prefer_not)
    rng.shuffle(genders)
    statuses = ["accepted"] * accepted + ["waitlisted"] * ((sign_ups - accepted) * 3 // 4)
    statuses += ["rejected"] * (sign_ups - len(statuses))
    rng.shuffle(statuses)
    graduate_flags = iter(rng.sample([True] * graduates + [False] * (accepted - graduates), accepted))
    weights = [c["weight"] for c in codes] + [codes_direct_weight(codes)]
    people = []
    for i in range(sign_ups):
        gender = genders[i]
        if i < len(returning):
            name, email = returning[i]["name"], returning[i]["email"]
        else:
            name, email = person(first_index + i, gender != "man")
        channel = rng.choices(codes + [None], weights)[0]
        signed = f"{year}-{rng.choice(['07', '08'])}-{rng.randint(1, 28):02d}"
        entry = {"email": email, "name": name, "status": statuses[i], "signedUp": signed,
                 "device": rng.choice(DEVICES), "connectivity": rng.choice(CONNECTIONS), "skills": rng.randint(0, 4),
                 "stage": rng.choice(STAGES), "sector": DIRECTORY_SECTORS[rng.choice(SECTORS)]}
        if channel is not None:
            entry["referral"] = channel["code"]
        if gender is not None:
            entry["demographics"] = {"gender": gender, "nationality": rng.choice(NATIONALITIES), "migrationStatus": rng.choice(MIGRATION)}
        if statuses[i] == "accepted":
            count = rng.randint(need, held) if next(graduate_flags) else rng.randint(1, need - 1)
            entry["attended"] = sorted(rng.sample(range(1, held + 1), count))
        people.append(entry)
    return {
        "slug": f"creando-{year}", "name": f"CREANDO {year}",
        "summary": f"Seis semanas de talleres, clínicas y mentorías en grupo para emprendedoras y emprendedores migrantes en Lima, con {len(partners)} organizaciones aliadas.",
        "startsOn": start, "endsOn": end, "capacity": accepted, "language": "es", "timeZone": "America/Lima",
        "signUpOpen": False, "minAttendancePercent": 75, "certificateHours": 24, "partners": sorted(partners),
        "referralCodes": [{"code": c["code"], "label": c["label"], **({"partner": c["partner"]} if c.get("partner") else {})} for c in codes],
        "sessions": schedule, "participants": people,
    }


def codes_direct_weight(codes: list[dict]) -> int:
    return 12


def referral_codes(partners: list[str], year: int) -> list[dict]:
    codes = [{"code": f"whatsapp-{year}", "label": "Campaña WhatsApp de organizaciones de base", "weight": 30}]
    for i, name in enumerate(partners[:12]):
        slug = "".join(ch for ch in name.lower().split(" ")[-1] if ch.isalnum())[:12] or f"aliada{i}"
        codes.append({"code": f"{slug}-{i + 1}", "label": name, "partner": name, "weight": 6 if i < 4 else 2})
    return codes


# --- Talent directory: 92 profiles from the 2022 cohort, 253 more from 2023 (345 in all by 2023) ----------------------
trng = random.Random(345)  # its own seed, so the cohorts above stay exactly as they were
DIRECTORY_SECTORS = {
    "Food and catering": "Gastronomía y catering", "Retail": "Comercio", "Beauty and wellbeing": "Belleza y bienestar",
    "Textiles and fashion": "Textil y moda", "Crafts": "Artesanía", "Construction and repairs": "Construcción y reparaciones",
    "Transport and delivery": "Transporte y reparto", "Tourism": "Turismo", "Education and training": "Educación y formación",
    "Care services": "Cuidados", "Technology": "Tecnología", "Agriculture": "Agricultura", "Other": "Otros servicios",
}
OFFER = {  # sector → (business name patterns, skills, what they offer)
    "Food and catering": (["Arepas {last}", "Sabor Llanero", "Dulces de {first}", "Cachapas y Más", "Cocina de {first}", "Tequeños {last}", "Pan de Jamón {first}", "Sazón Caribeño"],
                          ["repostería", "catering para eventos", "comida venezolana", "tortas personalizadas", "menú diario", "panadería", "comida saludable", "tequeños"],
                          ["Preparo {a} y {b} por encargo, con entrega en {district}.", "Cocina casera de mi tierra: {a} para oficinas y fiestas; también {b}.", "Hago {a} con recetas familiares y atiendo pedidos para eventos ({b})."]),
    "Retail": (["Bodega {last}", "Minimarket La Esquina", "Tienda {first}", "Variedades {last}", "Bazar El Puente"],
               ["abarrotes", "ropa importada", "accesorios para celulares", "productos de limpieza", "cosméticos", "útiles escolares"],
               ["Vendo {a} y {b} en {district}, con pedidos por WhatsApp.", "Tienda de barrio: {a} y {b}, con reparto a domicilio."]),
    "Beauty and wellbeing": (["Estética {first}", "Barbería {last}", "Uñas de {first}", "Salón Brillo Latino"],
                             ["peluquería", "barbería", "manicura", "maquillaje", "alisados", "cuidado de la piel"],
                             ["Ofrezco {a} y {b}, en mi local de {district} o a domicilio.", "Salón de {a}; especialidad en {b}."]),
    "Textiles and fashion": (["Confecciones {last}", "Costura {first}", "Hilo y Aguja", "Moda {first}"],
                             ["arreglos de ropa", "uniformes", "bordado", "ropa infantil", "ropa a medida", "cortinas"],
                             ["Taller de costura: {a} y {b}, con entrega puntual.", "Costura en {district}: {a} y {b}; pedidos para colegios y empresas."]),
    "Crafts": (["Artesanías {last}", "Manos Wayuu", "Bisutería {first}", "Tejidos del Sur"],
               ["mochilas wayuu", "bisutería", "tejido", "cerámica", "velas artesanales", "regalos personalizados"],
               ["Artesanía hecha a mano: {a} y {b}, en ferias y por encargo.", "Artesanía de mi país: {a}, y también {b} para regalos de empresa."]),
    "Construction and repairs": (["Reparaciones {last}", "Electricidad {first}", "Soluciones del Hogar {last}"],
                                 ["electricidad", "gasfitería", "pintura", "drywall", "soldadura", "mantenimiento"],
                                 ["Trabajos de {a} y {b} en casas y negocios de {district}.", "Servicio técnico: {a} y {b}, con presupuesto sin compromiso."]),
    "Transport and delivery": (["Envíos {last}", "Mudanzas {first}", "Reparto Rápido Lima"],
                               ["reparto en moto", "mudanzas", "mensajería", "transporte de carga ligera"],
                               ["Servicio de {a} y {b} en Lima Metropolitana.", "Servicio de {a} para tiendas en línea; también {b}."]),
    "Tourism": (["Rutas {last}", "Lima a Pie", "Viajes {first}"],
                ["guía turística", "paquetes turísticos", "traducción", "experiencias gastronómicas"],
                ["Servicios de {a} y {b} para visitantes.", "Turismo en Lima: {a} y {b} bajo pedido."]),
    "Education and training": (["Clases {first}", "Academia {last}", "Aprende con {first}"],
                               ["refuerzo escolar", "clases de inglés", "matemáticas", "computación básica", "clases de música"],
                               ["Clases para niños y adultos: {a} y {b}, presencial o en línea.", "Academia pequeña en {district}: {a} y {b} en grupos reducidos."]),
    "Care services": (["Cuidados {last}", "Manos Amigas", "Acompañamiento {first}"],
                      ["cuidado de adultos mayores", "cuidado infantil", "enfermería técnica", "limpieza del hogar"],
                      ["Ofrezco {a} y {b}, con referencias.", "Servicio de {a} por horas o jornada completa; también {b}."]),
    "Technology": (["Tecno {last}", "Reparación de Celulares {first}", "Web {first}"],
                   ["reparación de celulares", "diseño web", "redes sociales", "soporte técnico", "fotografía de producto"],
                   ["Servicio de {a} y {b} para pequeños negocios.", "Servicio de {a} con garantía; también {b}."]),
    "Agriculture": (["Huerto {last}", "Cacao {first}", "Verde Vivo"],
                    ["huertos urbanos", "cacao", "plantas ornamentales", "abono orgánico"],
                    ["Producción y venta: {a} y {b}.", "Producción de {a} y {b} con entrega semanal."]),
    "Other": (["Servicios {last}", "Multiservicios {first}"],
              ["trámites", "traducciones", "asesoría contable", "eventos"],
              ["Ayudo a personas y negocios con {a} y {b}.", "Servicio de {a}; también {b}."]),
}
CITIES = [("Lima", -12.0464, -77.0428)] * 14 + [("Callao", -12.0566, -77.1181)] * 2 + [
    ("Arequipa", -16.4090, -71.5375), ("Trujillo", -8.1116, -79.0288), ("Chiclayo", -6.7714, -79.8409),
    ("Piura", -5.1945, -80.6328), ("Cusco", -13.5320, -71.9675), ("Ica", -14.0678, -75.7286), ("Tacna", -18.0066, -70.2463),
    ("Huancayo", -12.0651, -75.2049)]
DISTRICTS = ["San Martín de Porres", "Los Olivos", "Comas", "San Juan de Lurigancho", "Ate", "Independencia", "Surquillo",
             "Chorrillos", "Villa El Salvador", "Breña", "La Victoria", "Callao Cercado"]
LANGUAGE_EXTRAS = {"Venezolana": [], "Colombiana": [], "Ecuatoriana": ["quechua"], "Haitiana": ["francés", "criollo haitiano"], "Boliviana": ["quechua", "aimara"]}


def talent_profiles(cohort_data: dict, count: int, exclude: set[str], published_from: str) -> list[dict]:
    """`count` profiles owned by the cohort's accepted participants, graduates first, none of them in `exclude`."""
    accepted = [p for p in cohort_data["participants"] if p["status"] == "accepted" and p["email"] not in exclude]
    held = len(cohort_data["sessions"])
    graduates = [p for p in accepted if len(p.get("attended", [])) * 100 >= 75 * held]
    others = [p for p in accepted if p not in graduates]
    chosen = (graduates + others)[:count]
    assert len(chosen) == count, (cohort_data["slug"], len(chosen))
    year = int(published_from[:4])
    out = []
    for person in chosen:
        first, *rest = person["name"].split(" ")
        last = rest[0] if rest else first
        sector = next(key for key, name in DIRECTORY_SECTORS.items() if name == person["sector"])
        names, skills, offers = OFFER[sector]
        picked = trng.sample(skills, min(len(skills), trng.randint(2, 4)))
        city, lat, lon = trng.choice(CITIES)
        district = trng.choice(DISTRICTS) if city in ("Lima", "Callao") else city
        nationality = person.get("demographics", {}).get("nationality") or trng.choice(NATIONALITIES)
        country = {"Venezolana": "Venezuela", "Colombiana": "Colombia", "Ecuatoriana": "Ecuador", "Haitiana": "Haití", "Boliviana": "Bolivia"}[nationality]
        languages = ["español"] + LANGUAGE_EXTRAS[nationality][:trng.randint(0, 2)] + (["inglés"] if trng.random() < 0.15 else [])
        business = trng.choice(names).format(first=first, last=last)
        profile = {
            "email": person["email"], "name": person["name"], "business": business, "sector": DIRECTORY_SECTORS[sector],
            "skills": picked, "description": trng.choice(offers).format(a=picked[0], b=picked[1], district=district),
            "city": city, "countryOfOrigin": country, "languages": languages,
            "latitude": round(lat + trng.uniform(-0.05, 0.05), 5), "longitude": round(lon + trng.uniform(-0.05, 0.05), 5),
            "precision": "city" if trng.random() < 0.35 else "approximate",
            "cohort": cohort_data["slug"], "status": "published",
            "publishedOn": f"{year + (1 if trng.random() < 0.3 else 0)}-{trng.randint(1, 12) if trng.random() < 0.3 else trng.randint(10, 12):02d}-{trng.randint(1, 28):02d}",
        }
        slug = "".join(ch for ch in business.lower() if ch.isalnum())[:20]
        if trng.random() < 0.6:
            profile["whatsapp"] = f"+51 9{trng.randint(10, 99)} {trng.randint(100, 999)} {trng.randint(100, 999)}"
        if trng.random() < 0.25:
            profile["social"] = f"https://{slug}.example/redes"
        if trng.random() < 0.15:
            profile["website"] = f"https://{slug}.example"
        out.append(profile)
    # Published on or after the cohort ended, never before.
    for profile in out:
        if profile["publishedOn"] < published_from:
            profile["publishedOn"] = published_from
    return out


def main() -> None:
    names = [name for name, _ in PARTNERS]
    first = names[:15]
    c2022 = cohort(2022, "2022-09-05", "2022-10-15", first, 600, 100, 70, 500, 350, 40, (6, 2),
                   referral_codes(first, 2022), [], 1)
    # Some who waited in 2022 came back in 2023, with the same account.
    returning = [p for p in c2022["participants"] if p["status"] == "waitlisted"][:150]
    c2023 = cohort(2023, "2023-09-04", "2023-10-14", names, 2250, 300, 222, 2000, 1600, 100, (6, 3),
                   referral_codes(names, 2023), returning, 1000)
    upcoming = {
        "slug": "creando-2027", "name": "CREANDO 2027",
        "summary": "Seis semanas de talleres por la tarde y clínicas los sábados para poner en marcha o hacer crecer tu negocio. Gratuito, en línea y en Lima.",
        "startsOn": "2027-03-01", "endsOn": "2027-04-10", "capacity": 300, "language": "es", "timeZone": "America/Lima",
        "signUpOpen": True, "minAttendancePercent": 75, "certificateHours": 24, "partners": sorted(names[:20]),
        "referralCodes": [{"code": "hatun", "label": "Asociación Hatun Llaqta (WhatsApp)", "partner": "Asociación Hatun Llaqta"},
                          {"code": "radio", "label": "Radio Comunitaria Voces del Cono", "partner": "Radio Comunitaria Voces del Cono"}],
        "sessions": sessions("2027-03-01", 6, 2, names[:20]),
    }
    returning_emails = {p["email"] for p in returning}
    talent = talent_profiles(c2022, 92, returning_emails, "2022-10-20") + talent_profiles(c2023, 253, returning_emails, "2023-10-20")
    for c in (c2022, c2023):
        for code in c["referralCodes"]:
            code.pop("weight", None)
    recipe = {
        "name": "creando-cohorts", "displayName": "CREANDO: cohortes 2022, 2023 y 2027",
        "description": "El programa CREANDO para personas emprendedoras migrantes: organizaciones aliadas, sesiones, inscripciones con su paso cero y asistencia de las cohortes 2022 y 2023, y la cohorte 2027 abierta a inscripciones.",
        "author": "Innovation Academy", "version": "1.0", "issetuprecipe": False, "categories": ["samples"], "tags": ["cohortes", "es"],
        "steps": [
            {"name": "Feature", "enable": ["InnovationAcademy.Certificates", "InnovationAcademy.Cohorts", "InnovationAcademy.TalentDirectory"]},
            {"name": "Cohorts", "partners": [{"name": n, "kind": k} for n, k in PARTNERS],
             "programmes": [{"slug": "creando", "name": "CREANDO",
                             "description": "Un recorrido de seis semanas para emprendedoras y emprendedores migrantes: talleres en vivo, clínicas y mentorías con organizaciones aliadas, y una comunidad que sigue después.",
                             "cohorts": [c2022, c2023, upcoming]}]},
            {"name": "TalentProfiles", "sectors": sorted(set(DIRECTORY_SECTORS.values())), "profiles": talent},
        ],
    }
    write(ROOT / "creando-cohorts.recipe.json", recipe)


def write(path: Path, recipe: dict) -> None:
    """Indented JSON, except that each participant stays on one line, so the file reads (and diffs) person by person."""
    compact = {}
    for step in recipe["steps"]:
        for i, p in enumerate(step.get("profiles", [])):
            token = f"@@participant-{len(compact)}@@"
            compact[token] = json.dumps(p, ensure_ascii=False)
            step["profiles"][i] = token
        for programme in step.get("programmes", []):
            for c in programme["cohorts"]:
                people = c.get("participants", [])
                for i, p in enumerate(people):
                    token = f"@@participant-{len(compact)}@@"
                    compact[token] = json.dumps(p, ensure_ascii=False)
                    people[i] = token
    text = json.dumps(recipe, ensure_ascii=False, indent=2)
    for token, line in compact.items():
        text = text.replace(f'"{token}"', line, 1)
    path.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
