namespace InnovationAcademy.Setup.Services;

internal sealed record SetupRequest(string SiteName, string AdminEmail, string AdminPassword, string RecipeName, string AdminName = "Responsable del sitio");
