namespace InnovationAcademy.Setup.Services;

public sealed record SetupRequest(string SiteName, string AdminEmail, string AdminPassword, string RecipeName, string AdminName = "Administrator");
