using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Users.Models;
using InnovationAcademy.Users.Services;
using InnovationAcademy.Users.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Users.Controllers;

[Admin]
[Route("admin/roles")]
internal sealed class AdminRolesController(
    RoleManager<AcademyRole> roles,
    RolePermissions rolePermissions,
    IPermissionCatalog permissionCatalog,
    AcademyDbContext db,
    IAuditLog audit,
    IStringLocalizer<AdminRolesController> T) : Controller
{
    [HttpGet("", Name = "Users.AdminRoles.Index")]
    [RequirePermission(nameof(Permissions.ManageRoles))]
    public async Task<IActionResult> Index()
    {
        var counts = await db.Set<IdentityUserRole<string>>().GroupBy(r => r.RoleId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var rows = await roles.Roles.AsNoTracking().OrderBy(r => r.Name).ToListAsync();
        return View(rows.Select(r => new RoleRow(r.Id, r.Name!, r.Description, counts.GetValueOrDefault(r.Id), RoleNames.All.Contains(r.Name!))).ToList());
    }

    [HttpGet("create", Name = "Users.AdminRoles.Create")]
    [RequirePermission(nameof(Permissions.ManageRoles))]
    public async Task<IActionResult> Create()
    {
        return View("Edit", await WithPermissionsAsync(new RoleEditViewModel()));
    }

    [HttpPost("create", Name = "Users.AdminRoles.Create")]
    [RequirePermission(nameof(Permissions.ManageRoles))]
    public async Task<IActionResult> Create(RoleEditViewModel model)
    {
        if (ModelState.IsValid && await roles.RoleExistsAsync(model.Name))
        {
            ModelState.AddModelError(nameof(model.Name), T["A role with this name already exists."]);
        }

        await ValidatePermissionsAsync(model);
        if (!ModelState.IsValid)
        {
            return View("Edit", await WithPermissionsAsync(model));
        }

        var role = new AcademyRole { Name = model.Name, Description = model.Description?.Trim() ?? "" };
        await roles.CreateAsync(role);
        await rolePermissions.SetAsync(role, model.Permissions);
        audit.RecordRole("role.created", role.Name, await PermissionsNoteAsync(model.Permissions));
        await db.SaveChangesAsync();
        TempData["Message"] = T["The role {0} was created.", role.Name].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}/edit", Name = "Users.AdminRoles.Edit")]
    [RequirePermission(nameof(Permissions.ManageRoles))]
    public async Task<IActionResult> Edit(string id)
    {
        if (await roles.FindByIdAsync(id) is not { } role)
        {
            return NotFound();
        }

        var granted = (await rolePermissions.GetAllAsync()).GetValueOrDefault(role.Name!) ?? new HashSet<string>();
        return View(await WithPermissionsAsync(new RoleEditViewModel
        {
            Id = role.Id,
            Name = role.Name!,
            Description = role.Description,
            Permissions = [.. granted],
        }));
    }

    [HttpPost("{id}/edit", Name = "Users.AdminRoles.Edit")]
    [RequirePermission(nameof(Permissions.ManageRoles))]
    public async Task<IActionResult> Edit(string id, RoleEditViewModel model)
    {
        if (await roles.FindByIdAsync(id) is not { } role)
        {
            return NotFound();
        }

        // A role keeps its name: users and recipes refer to it.
        model.Id = role.Id;
        model.Name = role.Name!;
        ModelState.Remove(nameof(model.Name));
        await ValidatePermissionsAsync(model);
        if (!ModelState.IsValid)
        {
            return View(await WithPermissionsAsync(model));
        }

        role.Description = model.Description?.Trim() ?? "";
        await roles.UpdateAsync(role);
        await rolePermissions.SetAsync(role, model.Permissions);
        audit.RecordRole("role.updated", role.Name!, await PermissionsNoteAsync(model.Permissions));
        await db.SaveChangesAsync();
        TempData["Message"] = T["Changes saved."].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}/delete", Name = "Users.AdminRoles.Delete")]
    [RequirePermission(nameof(Permissions.ManageRoles))]
    public async Task<IActionResult> Delete(string id)
    {
        if (await roles.FindByIdAsync(id) is not { } role)
        {
            return NotFound();
        }

        var members = await db.Set<IdentityUserRole<string>>().CountAsync(r => r.RoleId == id);
        return View(new RoleRow(role.Id, role.Name!, role.Description, members, RoleNames.All.Contains(role.Name!)));
    }

    [HttpPost("{id}/delete", Name = "Users.AdminRoles.DeleteConfirmed")]
    [RequirePermission(nameof(Permissions.ManageRoles))]
    public async Task<IActionResult> DeleteConfirmed(string id)
    {
        if (await roles.FindByIdAsync(id) is not { } role)
        {
            return NotFound();
        }

        if (RoleNames.All.Contains(role.Name!))
        {
            TempData["Message"] = T["The standard roles cannot be deleted."].Value;
            return RedirectToAction(nameof(Index));
        }

        await roles.DeleteAsync(role);
        audit.RecordRole("role.deleted", role.Name!);
        await db.SaveChangesAsync();
        TempData["Message"] = T["The role {0} was deleted.", role.Name!].Value;
        return RedirectToAction(nameof(Index));
    }

    private async Task ValidatePermissionsAsync(RoleEditViewModel model)
    {
        var known = (await permissionCatalog.GetPermissionsAsync()).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = model.Permissions.Where(p => !known.Contains(p)).ToList();
        if (unknown.Count > 0)
        {
            ModelState.AddModelError(nameof(model.Permissions), T["Unknown permission {0}.", string.Join(", ", unknown)]);
        }
    }

    private async Task<AuditNote> PermissionsNoteAsync(IEnumerable<string> granted)
    {
        var described = (await permissionCatalog.GetPermissionsAsync()).ToDictionary(p => p.Name, p => p.Description, StringComparer.Ordinal);
        return AuditNote.Say("permissions: {0}", AuditNote.Words(granted.Select(name => described.GetValueOrDefault(name, name))));
    }

    private async Task<RoleEditViewModel> WithPermissionsAsync(RoleEditViewModel model)
    {
        model.AvailablePermissions = (await permissionCatalog.GetPermissionsAsync()).OrderBy(p => p.Name).GroupBy(p => p.Category).OrderBy(g => g.Key).ToList();
        model.IsAdministrator = model.Name == RoleNames.Administrator;
        return model;
    }
}
