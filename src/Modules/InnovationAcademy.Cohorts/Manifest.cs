using InnovationAcademy.Core.Modules;

[assembly: Module(
    Id = InnovationAcademy.Cohorts.Feature.Id,
    Name = "Cohorts",
    Description = "Cohort learning journeys such as CREANDO: programmes, cohorts with live sessions and partner organisations, public sign-up with the step-zero intake and referral channels, admission, calendars and reminders, attendance, graduation (attendance, required courses, an accepted assignment) with certificates, reports and comparisons.",
    Category = "Learning",
    Dependencies = ["InnovationAcademy.Courses", "InnovationAcademy.Enrollments", "InnovationAcademy.Assignments", "InnovationAcademy.Certificates", "InnovationAcademy.Community"])]
