using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Notifications.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Notifications.Controllers;

/// <summary>What e-mail went out, what waits, and why a message failed.</summary>
[Admin]
[Route("admin/outbox")]
internal sealed class AdminOutboxController(AcademyDbContext db) : Controller
{
    private const int PageSize = 50;

    [HttpGet("", Name = "Notifications.AdminOutbox.Index")]
    [RequirePermission(nameof(Permissions.ViewOutbox))]
    public async Task<IActionResult> Index(int? page)
    {
        var total = await db.Set<OutboxMessage>().CountAsync();
        var pageNumber = Paging.Clamp(page, (int)Math.Ceiling(total / (double)PageSize));
        var items = await db.Set<OutboxMessage>().AsNoTracking()
            .OrderByDescending(m => m.Id)
            .Skip((pageNumber - 1) * PageSize).Take(PageSize)
            .Select(m => new OutboxMessage
            {
                Id = m.Id, To = m.To, Subject = m.Subject, TextBody = "", CreatedUtc = m.CreatedUtc, SentUtc = m.SentUtc,
                Attempts = m.Attempts, LastError = m.LastError, NextAttemptUtc = m.NextAttemptUtc,
            })
            .ToListAsync();
        return View(new Page<OutboxMessage>(items, pageNumber, PageSize, total));
    }
}
