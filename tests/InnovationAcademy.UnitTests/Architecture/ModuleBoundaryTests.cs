using System.Reflection;
using InnovationAcademy.Core.Modules;
using InnovationAcademy.Testing;
using NetArchTest.Rules;
using InnovationAcademy.UnitTests.Architecture.Violations;
using Xunit;

namespace InnovationAcademy.UnitTests.Architecture;

/// <summary>
/// Modules meet through Core's contracts and each other's services, never through another module's entities (its
/// tables). The crossings that remain are listed in entity-crossings.tsv with the number of types that make them:
/// a new crossing, or more types making one, fails; so does a number that went down and was not lowered in the
/// list, so the list only shrinks.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private static readonly ModuleCatalog Catalog = ModuleCatalog.Discover(AppContext.BaseDirectory);

    private static IEnumerable<ModuleDescriptor> Modules => Catalog.Modules.Where(m => m.Assembly is not null && !m.IsTheme);

    [Fact]
    public void A_module_uses_only_the_modules_its_manifest_depends_on()
    {
        var moduleIds = Modules.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var module in Modules)
        {
            var allowed = Catalog.WithDependencies(module.Id);
            foreach (var reference in module.Assembly!.GetReferencedAssemblies().Select(r => r.Name!).Where(moduleIds.Contains))
            {
                if (!allowed.Contains(reference))
                {
                    problems.Add($"{module.Id} uses {reference}, which its manifest does not list (directly or through another module).");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void No_module_reaches_another_modules_entities_beyond_the_listed_crossings_and_the_list_only_shrinks()
    {
        var found = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var module in Modules)
        {
            foreach (var other in Modules.Where(o => o.Id != module.Id))
            {
                var count = EntityCrossings(module.Assembly!, module.Id, other.Id + ".Models").Count;
                if (count > 0)
                {
                    found[$"{Short(module.Id)}\t{Short(other.Id)}.Models"] = count;
                }
            }
        }

        var listed = ListedCrossings();
        var problems = new List<string>();
        foreach (var (pair, count) in found)
        {
            if (!listed.TryGetValue(pair, out var allowed))
            {
                problems.Add($"new crossing: {pair.Replace('\t', ' ')} ({count} types). Use the other module's contract or an event instead.");
            }
            else if (count > allowed)
            {
                problems.Add($"more types cross {pair.Replace('\t', ' ')}: {count}, listed {allowed}.");
            }
            else if (count < allowed)
            {
                problems.Add($"fewer types cross {pair.Replace('\t', ' ')}: {count}, listed {allowed}. Lower the number in entity-crossings.tsv.");
            }
        }

        problems.AddRange(listed.Keys.Where(p => !found.ContainsKey(p)).Select(p => $"{p.Replace('\t', ' ')} no longer crosses: remove its line from entity-crossings.tsv."));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems)
            + Environment.NewLine + "Crossings today:" + Environment.NewLine + string.Join(Environment.NewLine, found.Select(f => $"{f.Key}\t{f.Value}")));
    }

    [Fact]
    public void The_rule_sees_a_deliberate_crossing_in_a_method_body()
    {
        var crossings = EntityCrossings(typeof(ModuleBoundaryTests).Assembly, typeof(DeliberateCrossing).Namespace!, "InnovationAcademy.Users.Models");

        Assert.Equal([typeof(DeliberateCrossing).FullName!], crossings);
        Assert.Empty(EntityCrossings(typeof(ModuleBoundaryTests).Assembly, typeof(DeliberateCrossing).Namespace!, "InnovationAcademy.Courses.Models"));
    }

    /// <summary>The types under <paramref name="ownNamespace"/> that use anything in <paramref name="foreignNamespace"/>.</summary>
    internal static IReadOnlyList<string> EntityCrossings(Assembly assembly, string ownNamespace, string foreignNamespace)
    {
        var result = Types.InAssembly(assembly).That().ResideInNamespace(ownNamespace).ShouldNot().HaveDependencyOnAny(foreignNamespace).GetResult();
        return result.IsSuccessful ? [] : [.. result.FailingTypes.Select(t => t.FullName).Order(StringComparer.Ordinal)];
    }

    private static string Short(string moduleId) => moduleId.Replace("InnovationAcademy.", "", StringComparison.Ordinal);

    private static Dictionary<string, int> ListedCrossings()
    {
        var path = System.IO.Path.Combine(RepositoryRoot.Path, "tests", "InnovationAcademy.UnitTests", "Architecture", "entity-crossings.tsv");
        return File.ReadLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToDictionary(f => f[0] + "\t" + f[1], f => int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }
}
