#!/usr/bin/env python3
"""Builds content-recipes/thinkia-mooc.recipe.json (and the GovTech and human-centred-design course recipes it
includes) from content-recipes/sources/, and narrates each video
lesson into content-recipes/media/: espeak-ng reads the transcript sentence by sentence, ffmpeg puts the
voice over a title card (VP9 + Opus in WebM), and a WebVTT caption file gets each sentence's real timing.

Needs Debian's espeak-ng and ffmpeg. Existing media files are kept unless --force is given, so that
rebuilding the recipe after a text change does not rewrite every video.
"""
import hashlib
import json
import subprocess
import sys
import tempfile
import textwrap
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "sources"))
import more_courses  # noqa: E402
import thinkia_mooc as mooc  # noqa: E402
import thinkia_quizzes  # noqa: E402

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FORCE = "--force" in sys.argv


def key(slug: str, title: str) -> str:
    """A lesson's or module's key, the same on every build, so that learners' progress survives a rebuild."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://innovation-academy.example/{slug}/{title}"))


def stored_name(slug: str, title: str) -> str:
    return hashlib.md5(f"{slug}/{title}".encode()).hexdigest()


def duration(path: Path) -> float:
    out = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)],
                         check=True, capture_output=True, text=True).stdout
    return float(out.strip())


def stamp(seconds: float) -> str:
    minutes, rest = divmod(seconds, 60)
    return f"{int(minutes):02d}:{rest:06.3f}"


def narrate(name: str, course: str, title: str, sentences: list[str]) -> None:
    video, captions = ROOT / "media" / f"{name}.webm", ROOT / "media" / f"{name}.vtt"
    if video.exists() and captions.exists() and not FORCE:
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        parts, cues, start = [], ["WEBVTT", ""], 0.0
        for i, sentence in enumerate(sentences):
            wav = tmp / f"{i:02d}.wav"
            subprocess.run(["espeak-ng", "-v", "es", "-s", "150", "-g", "4", "-w", str(wav), sentence], check=True)
            length = duration(wav)
            cues += [f"{i + 1}", f"{stamp(start)} --> {stamp(start + length)}", sentence, ""]
            parts.append(wav)
            start += length
        (tmp / "list.txt").write_text("".join(f"file '{p}'\n" for p in parts))
        voice = tmp / "voice.wav"
        subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "concat", "-safe", "0", "-i", str(tmp / "list.txt"), str(voice)], check=True)
        (tmp / "course.txt").write_text(course)
        (tmp / "title.txt").write_text("\n".join(textwrap.wrap(title, 28)))
        card = (f"drawtext=fontfile={FONT}:textfile={tmp / 'course.txt'}:fontcolor=0xdbe7f5:fontsize=30:x=(w-text_w)/2:y=h*0.18,"
                f"drawtext=fontfile={FONT}:textfile={tmp / 'title.txt'}:fontcolor=white:fontsize=64:line_spacing=18:x=(w-text_w)/2:y=(h-text_h)/2")
        subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "color=c=0x0b5cad:s=1280x720:r=2",
                        "-i", str(voice), "-vf", card, "-shortest",
                        "-c:v", "libvpx-vp9", "-b:v", "0", "-crf", "50", "-deadline", "good", "-row-mt", "1",
                        "-c:a", "libopus", "-b:a", "24k", str(video)], check=True)
        captions.write_text("\n".join(cues))


def build_mooc() -> dict:
    files, modules = [], []
    for module, quiz in zip(mooc.MODULES, thinkia_quizzes.QUIZZES, strict=True):
        video, reading = module["video"], module["reading"]
        name = stored_name(mooc.SLUG, video["title"])
        narrate(name, module["title"], video["title"], video["transcript"])
        files += [{"name": f"{name}.webm", "storedName": f"{name}.webm", "path": f"media/{name}.webm"},
                  {"name": f"{name}.vtt", "storedName": f"{name}.vtt", "path": f"media/{name}.vtt"}]
        modules.append({"title": module["title"], "key": key(mooc.SLUG, module["title"]), "lessons": [
            {"key": key(mooc.SLUG, video["title"]), "title": video["title"], "kind": "video", "videoUrl": f"/media/{name}.webm", "captionsUrl": f"/media/{name}.vtt",
             "transcript": " ".join(video["transcript"]), "minutes": video["minutes"]},
            {"key": key(mooc.SLUG, reading["title"]), "title": reading["title"], "kind": "reading", "body": reading["body"].strip() + "\n", "minutes": reading["minutes"]},
        ], "quiz": {"key": key(mooc.SLUG, quiz["title"]), "title": quiz["title"], **thinkia_quizzes.SETTINGS, "questions": quiz["questions"]}})
    modules[-1]["quiz"]["draw"] = [{"category": thinkia_quizzes.REVIEW_CATEGORY, "count": thinkia_quizzes.REVIEW_DRAW}]
    bank = [{"key": key(mooc.SLUG, question["text"]), **question} for question in thinkia_quizzes.REVIEW_BANK]

    demo = "[js: variables('demoPassword')]"
    return {
        "name": "thinkia-mooc",
        "displayName": "MOOC de innovación pública y social",
        "description": "Una academia con el MOOC «Innovación pública y social: conceptos y herramientas» (22 horas, 7 módulos), registro abierto y una cuenta de ejemplo por rol.",
        "author": "Innovation Academy",
        "version": "1.0",
        "issetuprecipe": True,
        "categories": ["samples"],
        "tags": ["mooc", "es", "innovación pública"],
        "variables": {"demoPassword": "demo-academia-2026"},
        "steps": [
            {"name": "Feature", "enable": ["InnovationAcademy.Recipes", "InnovationAcademy.Courses", "InnovationAcademy.Media", "InnovationAcademy.Enrollments", "InnovationAcademy.Quizzes", "InnovationAcademy.Assignments", "InnovationAcademy.Certificates", "InnovationAcademy.Cohorts", "InnovationAcademy.TalentDirectory"]},
            {"name": "Settings", "siteName": "[js: parameters('SiteName')]", "defaultCulture": "es",
             "timeZone": "America/Guayaquil", "formattingRegion": "es-EC", "registrationOpen": True},
            {"name": "Users", "users": [
                {"email": "gestora@academy.localhost", "name": "Lucía Gestora", "roles": ["CourseAdministrator"], "password": demo},
                {"email": "editor@academy.localhost", "name": "Andrés Editor", "roles": ["Editor"], "password": demo},
                {"email": "facilitadora@academy.localhost", "name": "Amina Facilitadora", "roles": ["Facilitator"], "password": demo},
                {"email": "alumna@academy.localhost", "name": "Carmen Alumna", "roles": ["Learner"], "password": demo},
            ]},
            {"name": "Media", "files": files},
            {"name": "CertificateIssuer", "organisation": mooc.ISSUER, "url": mooc.ISSUER_URL,
             "signatoryName": mooc.SIGNATORY_NAME, "signatoryTitle": mooc.SIGNATORY_TITLE},
            # CREANDO brings its cohorts, partners and about 2,700 participants, so that cohort reports have figures.
            {"name": "Recipes", "recipes": ["govtech-territorial", "diseno-centrado-personas", "creando-cohorts"]},
            {"name": "Courses", "courses": [{
                "slug": mooc.SLUG, "title": mooc.TITLE, "summary": mooc.SUMMARY, "language": "es", "hours": mooc.HOURS,
                "topics": mooc.TOPICS, "level": mooc.LEVEL, "prerequisites": mooc.PREREQUISITES, "published": True,
                "modules": modules, "assignment": mooc.ASSIGNMENT, "questionBank": bank,
                "certificate": {"enabled": True},
            }]},
            # The sample learner is under way: the first module done, so "continue" and the progress bar show.
            {"name": "Enrollments", "enrollments": [
                {"course": mooc.SLUG, "email": "alumna@academy.localhost", "status": "active",
                 "progress": [lesson["key"] for lesson in modules[0]["lessons"]]},
            ]},
        ],
    }


def course_recipe(name: str, display: str, course: dict) -> dict:
    modules = [{"title": title, "key": key(course["slug"], title), "lessons": [{"key": key(course["slug"], lesson), "title": lesson, "kind": "reading", "body": body.strip() + "\n", "minutes": minutes}]}
               for title, lesson, minutes, body in course["modules"]]
    return {
        "name": name, "displayName": display, "description": course["summary"], "author": "Innovation Academy", "version": "1.0",
        "issetuprecipe": False, "categories": ["samples"], "tags": ["es"] + course["topics"], "variables": {},
        "steps": [
            {"name": "Feature", "enable": ["InnovationAcademy.Courses"]},
            {"name": "Courses", "courses": [{
                "slug": course["slug"], "title": course["title"], "summary": course["summary"], "language": "es",
                "hours": course["hours"], "topics": course["topics"], "level": course["level"],
                "prerequisites": course["prerequisites"], "published": True, "modules": modules,
            }]},
        ],
    }


def write(name: str, recipe: dict) -> None:
    (ROOT / f"{name}.recipe.json").write_text(json.dumps(recipe, ensure_ascii=False, indent=2) + "\n")
    print(f"wrote {name}.recipe.json")


if __name__ == "__main__":
    write("govtech-territorial", course_recipe("govtech-territorial", "Curso: GovTech para el territorio", more_courses.GOVTECH))
    write("diseno-centrado-personas", course_recipe("diseno-centrado-personas", "Curso: diseño centrado en las personas para pilotos GovTech", more_courses.HCD))
    write("thinkia-mooc", build_mooc())
