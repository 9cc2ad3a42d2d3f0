using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.IntegrationTests;

/// <summary>Managing users from /admin/users, by administrators and by a role that may only manage users.</summary>
public sealed class UserAdministrationTests : IAsyncLifetime
{
    private readonly AcademySiteFactory _site = new();
    private SiteClient _admin = null!;

    public async Task InitializeAsync()
    {
        _admin = await RecipeTests.AdminAsync(_site);
        var recipe = """
            { "name": "managers", "steps": [
              { "name": "Roles", "roles": [ { "name": "UserManager", "permissions": ["ManageUsers", "AccessAdminPanel"] } ] },
              { "name": "Users", "users": [ { "email": "manager@academy.localhost", "name": "Gestora de cuentas", "roles": ["UserManager"], "password": "manager-pass-1" } ] }
            ] }
            """;
        Assert.Equal(HttpStatusCode.Redirect, (await RecipeTests.UploadAsync(_admin, recipe, "managers.recipe.json")).StatusCode);
    }

    [Fact]
    public async Task A_user_manager_cannot_make_anyone_an_administrator_nor_touch_an_administrator()
    {
        using var manager = _site.CreateSiteClient();
        await manager.SignInAsync("manager@academy.localhost", "manager-pass-1");

        var form = await manager.GetPageAsync("/admin/users/create");
        Assert.Null(form.QuerySelector("input[name=Roles][value=Administrator]"));

        var forged = await manager.SubmitFormAsync("/admin/users/create",
            [new("Email", "intrusa@academy.localhost"), new("DisplayName", "Intrusa"), new("Password", "intrusa-pass-1"), new("Roles", "Administrator")]);
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.NotEmpty((await SiteClient.ParseAsync(forged)).QuerySelector("[data-valmsg-for=Roles]")!.TextContent.Trim());
        Assert.False(await _site.WithDbAsync(db => db.Set<Users.Models.AcademyUser>().AnyAsync(u => u.Email == "intrusa@academy.localhost")));

        var adminId = await _site.WithDbAsync(db => db.Set<Users.Models.AcademyUser>().Where(u => u.Email == AcademySiteFactory.AdminEmail).Select(u => u.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Http.GetAsync($"/admin/users/{adminId}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Http.GetAsync($"/admin/users/{adminId}/delete")).StatusCode);

        // A learner's account is theirs to manage.
        var created = await manager.SubmitFormAsync("/admin/users/create",
            [new("Email", "nueva.alumna@academy.localhost"), new("DisplayName", "Nueva Alumna"), new("Password", "alumna-pass-1"), new("Roles", "Learner")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
    }

    [Fact]
    public async Task Creating_a_user_twice_or_with_bad_input_names_the_field_and_creates_nothing()
    {
        var duplicate = await _admin.SubmitFormAsync("/admin/users/create",
            [new("Email", "alumna@academy.localhost"), new("DisplayName", "Otra"), new("Password", "password-123"), new("Roles", "Learner")]);
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        var page = await SiteClient.ParseAsync(duplicate);
        Assert.Equal("Ya existe una cuenta con este correo.", page.QuerySelector("[data-valmsg-for=Email]")!.TextContent.Trim());

        // One of the most used passwords: refused at its field, whatever its letters and digits.
        var weak = await _admin.SubmitFormAsync("/admin/users/create",
            [new("Email", "debil@academy.localhost"), new("DisplayName", "Débil"), new("Password", "iloveyou1"), new("Roles", "Learner")]);
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("más usadas", (await SiteClient.ParseAsync(weak)).QuerySelector("[data-valmsg-for=Password]")!.TextContent, StringComparison.Ordinal);
        Assert.False(await _site.WithDbAsync(db => db.Set<Users.Models.AcademyUser>().AnyAsync(u => u.Email == "debil@academy.localhost")));
    }

    [Fact]
    public async Task An_administrator_cannot_lock_or_delete_their_own_account()
    {
        var adminId = await _site.WithDbAsync(db => db.Set<Users.Models.AcademyUser>().Where(u => u.Email == AcademySiteFactory.AdminEmail).Select(u => u.Id).SingleAsync());
        await _admin.PressButtonAsync($"/admin/users/{adminId}/delete", $"/admin/users/{adminId}/delete");
        await _admin.PressButtonAsync($"/admin/users/{adminId}/edit", $"/admin/users/{adminId}/lock");
        Assert.Equal(HttpStatusCode.OK, (await _admin.Http.GetAsync("/admin/users")).StatusCode);
        Assert.True(await _site.WithDbAsync(db => db.Set<Users.Models.AcademyUser>().AnyAsync(u => u.Id == adminId && u.LockoutEnd == null)));
    }

    public Task DisposeAsync()
    {
        _admin.Dispose();
        _site.Dispose();
        return Task.CompletedTask;
    }
}
