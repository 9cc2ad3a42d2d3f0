using InnovationAcademy.Core.Modules;

[assembly: Module(
    Id = "InnovationAcademy.Media",
    Name = "Media",
    Description = "Uploaded videos, captions, documents and images, checked by type and size and served with range requests under /media/.",
    Category = "Content")]
