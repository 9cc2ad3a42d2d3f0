using Microsoft.AspNetCore.Identity;

namespace InnovationAcademy.Users.Models;

public sealed class AcademyRole : IdentityRole
{
    public string Description { get; set; } = "";
}
