using InnovationAcademy.Core.Modules;
using Xunit;

namespace InnovationAcademy.UnitTests;

public sealed class ModuleCatalogTests
{
    internal static ModuleDescriptor Module(string id, params string[] dependencies) =>
        new(id, id, "", "Test", dependencies, AlwaysEnabled: false, Assembly: null);

    [Fact]
    public void Modules_come_after_the_modules_they_depend_on()
    {
        var catalog = new ModuleCatalog([Module("Certificates", "Enrollments", "Courses"), Module("Enrollments", "Courses"), Module("Courses", "Users"), Module("Users")]);
        var order = catalog.Modules.Select(m => m.Id).ToList();
        Assert.Equal(["Users", "Courses", "Enrollments", "Certificates"], order);
    }

    [Fact]
    public void Independent_modules_keep_a_stable_alphabetical_order()
    {
        var first = new ModuleCatalog([Module("B"), Module("C"), Module("A")]).Modules.Select(m => m.Id);
        var second = new ModuleCatalog([Module("C"), Module("A"), Module("B")]).Modules.Select(m => m.Id);
        Assert.Equal(["A", "B", "C"], first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_missing_dependency_stops_with_a_message_naming_both_modules()
    {
        var error = Assert.Throws<ModuleLoadException>(() => new ModuleCatalog([Module("Cohorts", "Courses")]));
        Assert.Equal("Module 'Cohorts' depends on 'Courses', which is not installed.", error.Message);
    }

    [Fact]
    public void A_circular_dependency_stops_with_the_cycle_spelled_out()
    {
        var error = Assert.Throws<ModuleLoadException>(() => new ModuleCatalog([Module("A", "B"), Module("B", "C"), Module("C", "A"), Module("D")]));
        Assert.Equal("Circular module dependency: A -> B -> C -> A.", error.Message);
    }

    [Fact]
    public void Two_modules_with_one_id_are_refused()
    {
        var error = Assert.Throws<ModuleLoadException>(() => new ModuleCatalog([Module("A"), Module("A")]));
        Assert.Contains("'A'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dependencies_and_dependents_are_transitive()
    {
        var catalog = new ModuleCatalog([Module("Talent", "Cohorts"), Module("Cohorts", "Users"), Module("Users"), Module("Other")]);
        Assert.Equal(["Cohorts", "Talent", "Users"], catalog.WithDependencies("Talent").Order());
        Assert.Equal(["Cohorts", "Talent"], catalog.Dependents("Users").Order());
        Assert.Empty(catalog.Dependents("Talent"));
    }
}
