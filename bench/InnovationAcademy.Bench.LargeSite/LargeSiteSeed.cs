using InnovationAcademy.Core.Courses;
using System.Diagnostics;
using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Core.Content;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Courses.Models;
using InnovationAcademy.Enrollments.Models;
using InnovationAcademy.TalentDirectory.Models;
using InnovationAcademy.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.Bench.LargeSite;

/// <summary>
/// Adds the large site's rows to a site set up from the sample recipe: courses of 7 modules × 5 lessons, learners
/// (Learner role, one shared password), enrolments with lesson and module completions and their history, cohorts of
/// a programme with sessions, accepted sign-ups and attendance, and talent profiles. Everything is invented and
/// deterministic (fixed random seeds). Learners number 1 to 1,000 are all enrolled in the sample MOOC.
/// </summary>
public sealed class LargeSiteSeed(IServiceProvider services, LargeSiteSize size, TextWriter log)
{
    public const string LearnerPassword = "bench-password-1";
    public const string SampleCourse = "innovacion-publica-y-social";
    public const int SampleCourseLearners = 1_000;

    private static readonly string[] Themes = ["Innovación abierta", "Datos para decidir", "Laboratorios ciudadanos", "Compra pública innovadora", "Diseño de servicios", "Gobierno abierto", "Economía social", "Futuros y prospectiva", "Ciencia del comportamiento", "Participación digital"];

    private readonly List<(int Id, Guid[] Modules, Guid[] Lessons)> _courses = [];
    private List<string> _learners = [];

    public static string LearnerEmail(int n) => $"learner{n:D6}@bench.example";

    public async Task RunAsync()
    {
        await StepAsync("courses", SeedCoursesAsync);
        await StepAsync("learners", SeedLearnersAsync);
        await StepAsync("enrolments and progress", SeedEnrollmentsAsync);
        await StepAsync("cohorts, sessions and attendance", SeedCohortsAsync);
        await StepAsync("talent profiles", SeedTalentAsync);
    }

    private async Task StepAsync(string name, Func<AcademyDbContext, BulkWriter, Task<int>> step)
    {
        var watch = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AcademyDbContext>();
        var rows = await step(db, new BulkWriter(db));
        await log.WriteLineAsync($"  {name}: {rows:N0} rows in {watch.Elapsed.TotalSeconds:F1} s");
    }

    private async Task<int> SeedCoursesAsync(AcademyDbContext db, BulkWriter bulk)
    {
        var renderer = services.GetRequiredService<IContentRenderer>();
        var existing = await db.Set<Course>().CountAsync();
        var count = Math.Max(0, size.Courses - existing);
        var courseId = (int)await bulk.NextIdAsync<Course>();
        var versionId = (int)await bulk.NextIdAsync<CourseVersion>();
        var moduleId = (int)await bulk.NextIdAsync<CourseModule>();
        var lessonId = (int)await bulk.NextIdAsync<Lesson>();
        var random = new Random(1_000);
        var now = DateTime.UtcNow;
        var bodies = Enumerable.Range(0, 8).Select(LessonBody).Select(b => (Body: b, Html: renderer.RenderMarkdown(b))).ToArray();

        var courses = new List<Course>();
        var versions = new List<CourseVersion>();
        var modules = new List<CourseModule>();
        var lessons = new List<Lesson>();
        for (var c = 0; c < count; c++)
        {
            var theme = Themes[c % Themes.Length];
            var course = new Course { Id = courseId + c, Slug = $"curso-{c + 1:D4}", CreatedUtc = now.AddDays(-random.Next(900)) };
            courses.Add(course);
            versions.Add(new CourseVersion
            {
                Id = versionId + c, CourseId = course.Id, Number = 1, Published = true, Latest = true,
                Title = $"{theme}: edición {c / Themes.Length + 1}",
                Summary = $"Curso breve sobre {theme.ToLowerInvariant()} para equipos de la administración pública, con casos, lecturas y un ejercicio final.",
                Topics = [theme.ToLowerInvariant(), "innovación pública"], Level = "Inicial", Hours = 10 + c % 20,
                CreatedUtc = course.CreatedUtc, CreatedBy = "bench", ChangeNote = "",
            });
            var moduleKeys = new Guid[LargeSiteSize.ModulesPerCourse];
            var lessonKeys = new Guid[LargeSiteSize.ModulesPerCourse * LargeSiteSize.LessonsPerModule];
            for (var m = 0; m < LargeSiteSize.ModulesPerCourse; m++)
            {
                var module = new CourseModule { Id = moduleId++, CourseVersionId = versionId + c, Key = Key(random), Position = m, Title = $"Módulo {m + 1}: {Themes[(c + m) % Themes.Length]}" };
                moduleKeys[m] = module.Key;
                modules.Add(module);
                for (var l = 0; l < LargeSiteSize.LessonsPerModule; l++)
                {
                    var (body, html) = bodies[(c + m + l) % bodies.Length];
                    var lesson = new Lesson
                    {
                        Id = lessonId++, CourseModuleId = module.Id, Key = Key(random), Position = l, Title = $"Lección {m + 1}.{l + 1}",
                        Kind = LessonKind.Reading, Body = body, BodyHtml = html, Minutes = 5 + random.Next(20),
                    };
                    lessonKeys[m * LargeSiteSize.LessonsPerModule + l] = lesson.Key;
                    lessons.Add(lesson);
                }
            }

            _courses.Add((course.Id, moduleKeys, lessonKeys));
        }

        return await bulk.WriteAsync(courses) + await bulk.WriteAsync(versions) + await bulk.WriteAsync(modules) + await bulk.WriteAsync(lessons);
    }

    private async Task<int> SeedLearnersAsync(AcademyDbContext db, BulkWriter bulk)
    {
        var learnerRole = await db.Set<AcademyRole>().Where(r => r.Name == "Learner").Select(r => r.Id).SingleAsync();
        var hash = new PasswordHasher<AcademyUser>().HashPassword(null!, LearnerPassword);
        var random = new Random(2_000);
        var now = DateTime.UtcNow;
        var users = new List<AcademyUser>(size.Learners);
        for (var n = 1; n <= size.Learners; n++)
        {
            var email = LearnerEmail(n);
            users.Add(new AcademyUser
            {
                Id = Key(random).ToString(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email,
                NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true, PasswordHash = hash,
                SecurityStamp = Key(random).ToString("N").ToUpperInvariant(), ConcurrencyStamp = Key(random).ToString(),
                LockoutEnabled = true, DisplayName = $"Participante {n:N0}", PreferredCulture = "es", TimeZoneId = "America/Lima",
                CreatedUtc = now.AddDays(-random.Next(700)),
            });
        }

        _learners = users.Select(u => u.Id).ToList();
        return await bulk.WriteAsync(users)
            + await bulk.WriteAsync(users.Select(u => new IdentityUserRole<string> { UserId = u.Id, RoleId = learnerRole }));
    }

    private async Task<int> SeedEnrollmentsAsync(AcademyDbContext db, BulkWriter bulk)
    {
        var sample = await db.Set<Course>().Where(c => c.Slug == SampleCourse).Select(c => c.Id).SingleAsync();
        var enrollmentId = (int)await bulk.NextIdAsync<Enrollment>();
        var lessonId = await bulk.NextIdAsync<LessonCompletion>();
        var moduleId = await bulk.NextIdAsync<ModuleCompletion>();
        var changeId = await bulk.NextIdAsync<EnrollmentChange>();
        var random = new Random(3_000);
        var now = DateTime.UtcNow;
        var enrollments = new List<Enrollment>();
        var lessons = new List<LessonCompletion>();
        var modules = new List<ModuleCompletion>();
        var changes = new List<EnrollmentChange>();
        for (var n = 0; n < _learners.Count; n++)
        {
            var picked = new HashSet<int>();
            while (picked.Count < Math.Min(size.EnrollmentsPerLearner, _courses.Count))
            {
                picked.Add(random.Next(_courses.Count));
            }

            var courseIds = picked.Select(i => (_courses[i].Id, Index: i)).ToList();
            if (n < SampleCourseLearners)
            {
                courseIds[0] = (sample, -1);
            }

            foreach (var (courseId, index) in courseIds)
            {
                var enrolled = now.AddDays(-random.Next(1, 400));
                var done = index < 0 ? 0 : random.Next(13);
                var enrollment = new Enrollment
                {
                    Id = enrollmentId++, CourseId = courseId, UserId = _learners[n], Status = EnrollmentStatus.Active,
                    RequestedUtc = enrolled, StatusChangedUtc = enrolled,
                    ProgressPercent = done * 100 / (LargeSiteSize.ModulesPerCourse * LargeSiteSize.LessonsPerModule),
                    LastActivityUtc = done > 0 ? enrolled.AddDays(done) : null,
                };
                enrollments.Add(enrollment);
                changes.Add(new EnrollmentChange { Id = changeId++, EnrollmentId = enrollment.Id, CreatedUtc = enrolled, Action = "enrolled", Status = EnrollmentStatus.Active, ActorId = _learners[n], ActorName = $"Participante {n + 1:N0}" });
                if (done == 0)
                {
                    continue;
                }

                var course = _courses[index];
                for (var l = 0; l < done; l++)
                {
                    lessons.Add(new LessonCompletion { Id = lessonId++, EnrollmentId = enrollment.Id, LessonKey = course.Lessons[l], CompletedUtc = enrolled.AddDays(l), Via = "button" });
                }

                enrollment.LastLessonKey = course.Lessons[done - 1];
                for (var m = 0; m < done / LargeSiteSize.LessonsPerModule; m++)
                {
                    modules.Add(new ModuleCompletion { Id = moduleId++, EnrollmentId = enrollment.Id, ModuleKey = course.Modules[m], CompletedUtc = enrolled.AddDays(m) });
                }
            }
        }

        return await bulk.WriteAsync(enrollments) + await bulk.WriteAsync(changes) + await bulk.WriteAsync(lessons) + await bulk.WriteAsync(modules);
    }

    private async Task<int> SeedCohortsAsync(AcademyDbContext db, BulkWriter bulk)
    {
        var programmeId = (int)await bulk.NextIdAsync<Programme>();
        var cohortId = (int)await bulk.NextIdAsync<Cohort>();
        var sessionId = (int)await bulk.NextIdAsync<CohortSession>();
        var applicationId = (int)await bulk.NextIdAsync<CohortApplication>();
        var attendanceId = (int)await bulk.NextIdAsync<Attendance>();
        var random = new Random(4_000);
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-7 * 6 * size.Cohorts / 2);
        var cohorts = new List<Cohort>();
        var sessions = new List<CohortSession>();
        var applications = new List<CohortApplication>();
        var attendance = new List<Attendance>();
        var perCohort = Math.Min(600, _learners.Count / size.Cohorts);
        for (var c = 0; c < size.Cohorts; c++)
        {
            var startsOn = start.AddDays(c * 21);
            var cohort = new Cohort
            {
                Id = cohortId + c, ProgrammeId = programmeId, Slug = $"emprende-{c + 1:D2}", Name = $"Emprende cohorte {c + 1}",
                Summary = "Seis semanas de talleres y clínicas para emprendedoras y emprendedores migrantes.",
                StartsOn = startsOn, EndsOn = startsOn.AddDays(41), Capacity = 700, SignUpOpen = c == size.Cohorts - 1, CertificateHours = 24,
            };
            cohorts.Add(cohort);
            var cohortSessions = Enumerable.Range(0, 18).Select(s => new CohortSession
            {
                Id = sessionId++, CohortId = cohort.Id, Title = $"Semana {s / 3 + 1}: {(s % 3 == 2 ? "clínica" : "taller")} {s % 3 + 1}",
                Kind = s % 3 == 2 ? SessionKind.Clinic : SessionKind.Workshop,
                StartsUtc = startsOn.ToDateTime(new TimeOnly(23, 0), DateTimeKind.Utc).AddDays(s / 3 * 7 + s % 3 * 2),
                EndsUtc = startsOn.ToDateTime(new TimeOnly(23, 0), DateTimeKind.Utc).AddDays(s / 3 * 7 + s % 3 * 2).AddHours(2),
                OnlineUrl = "https://meet.example/emprende", Facilitator = "Equipo Emprende",
            }).ToList();
            sessions.AddRange(cohortSessions);
            for (var a = 0; a < perCohort; a++)
            {
                var accepted = random.Next(10) < 8;
                var application = new CohortApplication
                {
                    Id = applicationId++, CohortId = cohort.Id, UserId = _learners[(c * perCohort + a) % _learners.Count],
                    Status = accepted ? ApplicationStatus.Accepted : ApplicationStatus.Pending, Channel = a % 3 == 0 ? "whatsapp" : "direct",
                    SignedUpUtc = startsOn.AddDays(-random.Next(1, 30)).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                    Device = (DeviceAccess)random.Next(4), Connectivity = (Connectivity)random.Next(4), DigitalSkills = random.Next(1, 6),
                    BusinessStage = (BusinessStage)random.Next(4), Sector = "Gastronomía", Readiness = (ReadinessLevel)random.Next(3),
                    CalendarToken = Key(random).ToString("N"),
                };
                applications.Add(application);
                if (!accepted)
                {
                    continue;
                }

                foreach (var session in cohortSessions.Where(s => s.EndsUtc < DateTime.UtcNow))
                {
                    attendance.Add(new Attendance { Id = attendanceId++, SessionId = session.Id, ApplicationId = application.Id, Present = random.Next(10) < 8, MarkedUtc = session.EndsUtc, MarkedBy = "bench", Source = "list" });
                }
            }
        }

        var programme = new Programme { Id = programmeId, Slug = "emprende", Name = "Emprende", Description = "Programa de emprendimiento (datos de la prueba de carga)." };
        return await bulk.WriteAsync([programme]) + await bulk.WriteAsync(cohorts) + await bulk.WriteAsync(sessions)
            + await bulk.WriteAsync(applications) + await bulk.WriteAsync(attendance);
    }

    private async Task<int> SeedTalentAsync(AcademyDbContext db, BulkWriter bulk)
    {
        var sectors = await db.Set<TalentSector>().OrderBy(s => s.Id).ToListAsync();
        return await bulk.WriteAsync(TalentProfileSeed.Make(size.TalentProfiles, sectors, (int)await bulk.NextIdAsync<TalentProfile>()));
    }

    private static Guid Key(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static string LessonBody(int variant) => $"""
        ## Para empezar

        Esta lectura presenta una idea central del módulo y un caso real de una administración pública que la puso en práctica.
        Léela con calma: te llevará unos diez minutos, y al final encontrarás tres preguntas para conversar con tu equipo.

        ## El caso

        Un equipo municipal quería reducir el tiempo de espera de un trámite muy usado. En lugar de empezar por la solución,
        pasó dos semanas escuchando a las personas que lo hacían, {(variant % 2 == 0 ? "en las oficinas y por teléfono" : "en los barrios y en línea")}.
        Descubrió que la mitad de las visitas se debían a un documento que nadie explicaba bien.

        - Qué problema se quería resolver y para quién.
        - Qué se aprendió al escuchar antes de decidir.
        - Qué se probó, a pequeña escala, y qué se midió.

        ## Lo que puedes llevarte

        > Empezar por el problema, no por la solución, ahorra meses de trabajo.

        Piensa en un servicio de tu organización y anota quién lo usa, qué le cuesta y qué podrías probar la próxima semana (variante {variant}).
        """;
}
