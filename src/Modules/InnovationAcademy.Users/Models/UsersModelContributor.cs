using InnovationAcademy.Core.Data;

namespace InnovationAcademy.Users.Models;

/// <summary>The Identity tables, configured here because the site's context is shared by all modules.</summary>
internal sealed class UsersModelContributor : AssemblyModelContributor;
