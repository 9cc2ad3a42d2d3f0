using System.Reflection;

namespace InnovationAcademy.Core.Modules;

/// <summary>
/// The installed modules in dependency order: every module comes after the modules it depends on.
/// Built once at start-up; a missing or circular dependency stops the host with a message naming it.
/// </summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<string, ModuleDescriptor> _byId;
    private readonly Dictionary<Assembly, ModuleDescriptor> _byAssembly;

    public ModuleCatalog(IEnumerable<ModuleDescriptor> modules)
    {
        var list = modules.ToList();
        var duplicate = list.GroupBy(m => m.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ModuleLoadException($"Two installed modules have the id '{duplicate.Key}'.");
        }

        _byId = list.ToDictionary(m => m.Id, StringComparer.Ordinal);
        Modules = Order(list, _byId);
        _byAssembly = list.Where(m => m.Assembly is not null).ToDictionary(m => m.Assembly!);
    }

    /// <summary>All modules, dependencies first; ties keep a stable alphabetical order.</summary>
    public IReadOnlyList<ModuleDescriptor> Modules { get; }

    public ModuleDescriptor? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The module whose assembly defines <paramref name="type"/>, if any.</summary>
    public ModuleDescriptor? FindByType(Type type) => _byAssembly.GetValueOrDefault(type.Assembly);

    /// <summary>The ids of <paramref name="id"/> and everything it needs, transitively.</summary>
    public IReadOnlySet<string> WithDependencies(string id)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([id]);
        while (pending.TryPop(out var current))
        {
            if (result.Add(current) && _byId.TryGetValue(current, out var module))
            {
                foreach (var dependency in module.Dependencies)
                {
                    pending.Push(dependency);
                }
            }
        }

        return result;
    }

    /// <summary>The modules that need <paramref name="id"/>, directly or through others.</summary>
    public IReadOnlySet<string> Dependents(string id) =>
        Modules.Where(m => m.Id != id && WithDependencies(m.Id).Contains(id)).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>Finds every assembly beside the host that carries a <see cref="ModuleAttribute"/>.</summary>
    public static ModuleCatalog Discover(string directory, string filePattern = "InnovationAcademy.*.dll")
    {
        var modules = new List<ModuleDescriptor>();
        foreach (var path in Directory.EnumerateFiles(directory, filePattern).Order(StringComparer.Ordinal))
        {
            Assembly assembly;
            try
            {
                assembly = Assembly.Load(AssemblyName.GetAssemblyName(path));
            }
            catch (FileNotFoundException)
            {
                // A file beside the host that is not part of this application (a test assembly, say).
                continue;
            }

            var attribute = assembly.GetCustomAttribute<ModuleAttribute>() ?? assembly.GetCustomAttribute<ThemeAttribute>();
            if (attribute is not null)
            {
                modules.Add(ModuleDescriptor.FromAssembly(assembly, attribute));
            }
        }

        return new ModuleCatalog(modules);
    }

    private static List<ModuleDescriptor> Order(List<ModuleDescriptor> modules, Dictionary<string, ModuleDescriptor> byId)
    {
        foreach (var module in modules)
        {
            foreach (var dependency in module.Dependencies)
            {
                if (!byId.ContainsKey(dependency))
                {
                    throw new ModuleLoadException(
                        $"Module '{module.Id}' depends on '{dependency}', which is not installed.");
                }
            }
        }

        var ordered = new List<ModuleDescriptor>(modules.Count);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: visiting, true: done
        var path = new List<string>();

        void Visit(ModuleDescriptor module)
        {
            if (state.TryGetValue(module.Id, out var done))
            {
                if (!done)
                {
                    var cycle = path.Skip(path.IndexOf(module.Id)).Append(module.Id);
                    throw new ModuleLoadException($"Circular module dependency: {string.Join(" -> ", cycle)}.");
                }

                return;
            }

            state[module.Id] = false;
            path.Add(module.Id);
            foreach (var dependency in module.Dependencies.Order(StringComparer.Ordinal))
            {
                Visit(byId[dependency]);
            }

            path.RemoveAt(path.Count - 1);
            state[module.Id] = true;
            ordered.Add(module);
        }

        foreach (var module in modules.OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            Visit(module);
        }

        return ordered;
    }
}
