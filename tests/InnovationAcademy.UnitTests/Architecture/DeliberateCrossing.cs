namespace InnovationAcademy.UnitTests.Architecture.Violations;

/// <summary>A type that reads another module's entity inside a method, as a module must not: the boundary rule's own case.</summary>
internal static class DeliberateCrossing
{
    public static string NameOf(object user) => user is InnovationAcademy.Users.Models.AcademyUser academyUser ? academyUser.DisplayName : "";
}
