namespace InnovationAcademy.Core.Navigation;

/// <summary>A module's entries in a named menu (<see cref="MenuNames"/>).</summary>
public interface INavigationProvider
{
    void BuildNavigation(string menuName, ICollection<MenuItem> items);
}

public static class MenuNames
{
    /// <summary>The admin menu, beside admin pages.</summary>
    public const string Admin = "admin";

    /// <summary>The site's main navigation in the header, seen by everyone.</summary>
    public const string Main = "main";
}
