using Microsoft.AspNetCore.Identity;

namespace InnovationAcademy.Users.Models;

internal sealed class AcademyRole : IdentityRole
{
    public string Description { get; set; } = "";
}
