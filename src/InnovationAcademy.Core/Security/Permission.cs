namespace InnovationAcademy.Core.Security;

/// <summary>
/// A named right checked on the server. A permission may be implied by broader ones
/// (<see cref="ImpliedBy"/>): holding "ManageUsers" grants "ViewUsers".
/// </summary>
public sealed record Permission(string Name, string Description, string Category)
{
    public IReadOnlyList<Permission> ImpliedBy { get; init; } = [];

    public override string ToString() => Name;
}
