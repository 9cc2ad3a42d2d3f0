namespace InnovationAcademy.Core.Navigation;

/// <summary>A module's entries in a named menu (the admin menu is <see cref="MenuNames.Admin"/>).</summary>
public interface INavigationProvider
{
    void BuildNavigation(string menuName, ICollection<MenuItem> items);
}

public static class MenuNames
{
    public const string Admin = "admin";
}
