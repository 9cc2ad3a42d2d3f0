using System.Reflection;
using InnovationAcademy.Core.Modules;
using InnovationAcademy.Testing;
using NetArchTest.Rules;
using InnovationAcademy.UnitTests.Architecture.Violations;
using Xunit;

namespace InnovationAcademy.UnitTests.Architecture;

/// <summary>
/// Modules meet through Core's contracts (user, course and cohort directories, account provisioning, events) and
/// each other's services, never through another module's entities (its tables), and use only the modules their
/// manifest depends on.
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
    public void No_module_names_another_modules_entities()
    {
        var problems = new List<string>();
        foreach (var module in Modules)
        {
            foreach (var other in Modules.Where(o => o.Id != module.Id))
            {
                foreach (var type in EntityCrossings(module.Assembly!, module.Id, other.Id + ".Models"))
                {
                    problems.Add($"{type} uses {other.Id}.Models: ask {Short(other.Id)} through its contract in Core, or listen to its events.");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
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
}
