using System.Reflection;

namespace InnovationAcademy.Core.Modules;

/// <summary>What the host knows about one installed module.</summary>
public sealed record ModuleDescriptor(
    string Id,
    string Name,
    string Description,
    string Category,
    IReadOnlyList<string> Dependencies,
    bool AlwaysEnabled,
    Assembly? Assembly,
    string? ThemeViewsFolder = null)
{
    public bool IsTheme => ThemeViewsFolder is not null;

    public static ModuleDescriptor FromAssembly(Assembly assembly, ModuleAttribute attribute) => new(
        attribute.Id,
        attribute.Name,
        attribute.Description,
        attribute.Category,
        attribute.Dependencies,
        attribute.AlwaysEnabled,
        assembly,
        (attribute as ThemeAttribute)?.ViewsFolder);
}
