namespace InnovationAcademy.Core.Modules;

/// <summary>
/// Marks an assembly as a module of the platform. The host discovers modules by this attribute,
/// orders them by <see cref="Dependencies"/> and treats each module as one feature that an
/// administrator can enable or disable.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public class ModuleAttribute : Attribute
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string Description { get; init; } = "";

    public string Category { get; init; } = "General";

    public string[] Dependencies { get; init; } = [];

    /// <summary>Infrastructure the site cannot run without: never disabled.</summary>
    public bool AlwaysEnabled { get; init; }
}

/// <summary>A theme is a module that provides layouts and styles.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ThemeAttribute : ModuleAttribute
{
    /// <summary>The folder under <c>/Views/Themes/</c> holding this theme's layout and partials.</summary>
    public required string ViewsFolder { get; init; }
}
