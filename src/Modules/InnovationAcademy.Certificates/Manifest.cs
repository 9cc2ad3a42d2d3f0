using InnovationAcademy.Core.Modules;

[assembly: Module(
    Id = InnovationAcademy.Certificates.Feature.Id,
    Name = "Certificates",
    Description = "Certificates for completed courses: issued once, PDF with QR code, public verification, revocation and re-issue, Open Badges 3.0 credentials signed by the site.",
    Category = "Learning",
    Dependencies = ["InnovationAcademy.Courses", "InnovationAcademy.Enrollments"])]
