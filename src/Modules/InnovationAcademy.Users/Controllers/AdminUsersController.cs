using InnovationAcademy.Core.Text;
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
[Route("admin/users")]
internal sealed class AdminUsersController(
    IAuthorizationService authorization,
    UserManager<AcademyUser> users,
    UserAdministration administration,
    AccountEmails emails,
    UserSessions sessions,
    AcademyDbContext db,
    IAuditLog audit,
    TimeProvider clock,
    IStringLocalizer<AdminUsersController> T) : Controller
{
    private const int PageSize = 25;

    [HttpGet("", Name = "Users.AdminUsers.Index")]
    [RequirePermission(nameof(Permissions.ViewUsers))]
    public async Task<IActionResult> Index(string? q, int? page)
    {
        var query = users.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = TextFolding.Fold(q.Trim());
            query = query.Where(u => FoldedText.Fold(u.Email).Contains(term) || FoldedText.Fold(u.DisplayName).Contains(term));
        }

        var total = await query.CountAsync();
        var pageNumber = Paging.Clamp(page, (int)Math.Ceiling(total / (double)PageSize));
        var found = await query.OrderBy(u => u.NormalizedEmail).Skip((pageNumber - 1) * PageSize).Take(PageSize).ToListAsync();

        // One query for the roles of the whole page.
        var ids = found.Select(u => u.Id).ToList();
        var roleRows = await (
            from userRole in db.Set<IdentityUserRole<string>>()
            join role in db.Set<AcademyRole>() on userRole.RoleId equals role.Id
            where ids.Contains(userRole.UserId)
            select new { userRole.UserId, role.Name }).ToListAsync();
        var rolesByUser = roleRows.ToLookup(r => r.UserId, r => r.Name!);

        var now = clock.GetUtcNow();
        var rows = found.Select(u => new UserRow(
            u.Id, u.Email ?? "", u.DisplayName, rolesByUser[u.Id].Order(StringComparer.Ordinal).ToList(),
            u.EmailConfirmed, u.LockoutEnd is { } end && end > now)).ToList();
        return View(new UserListViewModel
        {
            Query = q,
            Users = new Page<UserRow>(rows, pageNumber, PageSize, total),
            CanManage = await authorization.AuthorizeAsync(User, Permissions.ManageUsers),
        });
    }

    [HttpGet("create", Name = "Users.AdminUsers.Create")]
    [RequirePermission(nameof(Permissions.ManageUsers))]
    public async Task<IActionResult> Create()
    {
        return View(new UserEditViewModel { AvailableRoles = await AssignableRolesAsync(), Roles = [RoleNames.Learner] });
    }

    [HttpPost("create", Name = "Users.AdminUsers.Create")]
    [RequirePermission(nameof(Permissions.ManageUsers))]
    public async Task<IActionResult> Create(UserEditViewModel model)
    {
        model.AvailableRoles = await AssignableRolesAsync();
        RejectUnassignableRoles(model.Roles, model.AvailableRoles);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var (user, errors) = await administration.CreateAsync(new NewUser(
            model.Email.Trim(), model.DisplayName.Trim(), model.Roles, string.IsNullOrEmpty(model.Password) ? null : model.Password));
        if (user is null)
        {
            foreach (var (field, message) in errors)
            {
                ModelState.AddModelError(field, T[message]);
            }

            return View(model);
        }

        await db.SaveChangesAsync();
        TempData["Message"] = string.IsNullOrEmpty(model.Password)
            ? T["The user was created and invited by e-mail to choose a password."].Value
            : T["The user was created."].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}/edit", Name = "Users.AdminUsers.Edit")]
    [RequirePermission(nameof(Permissions.ManageUsers))]
    public async Task<IActionResult> Edit(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (!await MayActOnAsync(user))
        {
            return this.Denied();
        }

        return View(await ToViewModelAsync(user));
    }

    [HttpPost("{id}/edit", Name = "Users.AdminUsers.Edit")]
    [RequirePermission(nameof(Permissions.ManageUsers))]
    public async Task<IActionResult> Edit(string id, UserEditViewModel model)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (!await MayActOnAsync(user))
        {
            return this.Denied();
        }

        var available = await AssignableRolesAsync();
        RejectUnassignableRoles(model.Roles, available);

        if (user.Id == users.GetUserId(User) && !model.Roles.Contains(RoleNames.Administrator) && await users.IsInRoleAsync(user, RoleNames.Administrator))
        {
            ModelState.AddModelError(nameof(model.Roles), T["You cannot take the Administrator role from yourself."]);
        }

        // The e-mail is the sign-in name: it is not changed here.
        ModelState.Remove(nameof(model.Email));
        if (!ModelState.IsValid)
        {
            var current = await ToViewModelAsync(user);
            model.Email = current.Email;
            model.AvailableRoles = available;
            model.LockedOut = current.LockedOut;
            model.EmailConfirmed = current.EmailConfirmed;
            return View(model);
        }

        user.DisplayName = model.DisplayName.Trim();
        await users.UpdateAsync(user);
        var promoted = !(await users.GetRolesAsync(user)).Any(PasswordPolicy.PrivilegedRoles.Contains) && model.Roles.Any(PasswordPolicy.PrivilegedRoles.Contains);
        await administration.SetRolesAsync(user, model.Roles);
        audit.Record("user.updated", user.Email!);
        await db.SaveChangesAsync();
        TempData["Message"] = promoted
            ? T["Changes saved. {0} was signed out and, at the next sign-in, will choose a password of at least 12 characters unless theirs already has them.", user.DisplayName].Value
            : T["Changes saved."].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/lock", Name = "Users.AdminUsers.Lock")]
    [RequirePermission(nameof(Permissions.ManageUsers))]
    public async Task<IActionResult> Lock(string id, bool locked)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (!await MayActOnAsync(user))
        {
            return this.Denied();
        }

        if (user.Id == users.GetUserId(User))
        {
            TempData["Message"] = T["You cannot lock your own account."].Value;
            return RedirectToAction(nameof(Edit), new { id });
        }

        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (locked)
        {
            // A locked account is out at once, on every device, not at its next security-stamp check.
            await sessions.EndAllAsync(user, HttpContext.RequestAborted);
        }
        else
        {
            await users.UpdateSecurityStampAsync(user);
        }

        audit.Record(locked ? "user.locked" : "user.unlocked", user.Email!);
        await db.SaveChangesAsync();
        TempData["Message"] = locked ? T["The account is locked."].Value : T["The account is unlocked."].Value;
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("{id}/send-reset", Name = "Users.AdminUsers.SendReset")]
    [RequirePermission(nameof(Permissions.ManageUsers))]
    public async Task<IActionResult> SendReset(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (!await MayActOnAsync(user))
        {
            return this.Denied();
        }

        await emails.SendPasswordResetAsync(user);
        audit.Record("user.reset-sent", user.Email!);
        await db.SaveChangesAsync();
        TempData["Message"] = T["A password reset link was sent to {0}.", user.Email!].Value;
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpGet("{id}/delete", Name = "Users.AdminUsers.Delete")]
    [RequirePermission(nameof(Permissions.ManageUsers))]
    public async Task<IActionResult> Delete(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        return await MayActOnAsync(user) ? View(await ToViewModelAsync(user)) : this.Denied();
    }

    [HttpPost("{id}/delete", Name = "Users.AdminUsers.DeleteConfirmed")]
    [RequirePermission(nameof(Permissions.ManageUsers))]
    public async Task<IActionResult> DeleteConfirmed(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (!await MayActOnAsync(user))
        {
            return this.Denied();
        }

        if (user.Id == users.GetUserId(User))
        {
            TempData["Message"] = T["You cannot delete your own account."].Value;
            return RedirectToAction(nameof(Edit), new { id });
        }

        await users.DeleteAsync(user);
        audit.Record("user.deleted", user.Email!);
        await db.SaveChangesAsync();
        TempData["Message"] = T["The user {0} was deleted.", user.Email!].Value;
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Only administrators give the Administrator role: a user manager cannot make anyone, or themselves, an administrator.</summary>
    private async Task<IReadOnlyList<string>> AssignableRolesAsync()
    {
        var roles = await administration.RoleNamesAsync();
        return User.IsInRole(RoleNames.Administrator) ? roles : roles.Where(r => r != RoleNames.Administrator).ToList();
    }

    private void RejectUnassignableRoles(IEnumerable<string> wanted, IReadOnlyList<string> assignable)
    {
        var refused = wanted.Except(assignable, StringComparer.Ordinal).ToList();
        if (refused.Contains(RoleNames.Administrator))
        {
            ModelState.AddModelError(nameof(UserEditViewModel.Roles), T["Only administrators can give the Administrator role."]);
        }
        else if (refused.Count > 0)
        {
            ModelState.AddModelError(nameof(UserEditViewModel.Roles), T["There is no role {0}.", string.Join(", ", refused)]);
        }
    }

    /// <summary>An administrator's account is changed by administrators only.</summary>
    private async Task<bool> MayActOnAsync(AcademyUser user) =>
        User.IsInRole(RoleNames.Administrator) || !await users.IsInRoleAsync(user, RoleNames.Administrator);

    private async Task<UserEditViewModel> ToViewModelAsync(AcademyUser user) => new()
    {
        Id = user.Id,
        Email = user.Email ?? "",
        DisplayName = user.DisplayName,
        Roles = [.. await users.GetRolesAsync(user)],
        AvailableRoles = await AssignableRolesAsync(),
        LockedOut = user.LockoutEnd is { } end && end > clock.GetUtcNow(),
        EmailConfirmed = user.EmailConfirmed,
    };
}
