using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Media.Models;
using InnovationAcademy.Media.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Media.Controllers;

[Admin]
[Route("admin/media")]
internal sealed class AdminMediaController(
    MediaStore store,
    AcademyDbContext db,
    IStringLocalizer<AdminMediaController> T) : Controller
{
    private const int PageSize = 30;

    [HttpGet("", Name = "Media.AdminMedia.Index")]
    [RequirePermission(nameof(Permissions.ManageMedia))]
    public async Task<IActionResult> Index(int? page)
    {
        return View(await PageAsync(page));
    }

    [HttpPost("", Name = "Media.AdminMedia.Upload")]
    [RequestSizeLimit(300 * MediaTypes.Megabyte + 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = 300 * MediaTypes.Megabyte + 1024 * 1024)]
    [RequirePermission(nameof(Permissions.ManageMedia))]
    public async Task<IActionResult> Upload(IFormFile? file)
    {
        string? error;
        MediaFile? saved = null;
        if (file is null)
        {
            error = "none";
        }
        else
        {
            await using var stream = file.OpenReadStream();
            (saved, error) = await store.SaveAsync(stream, file.FileName, file.Length, User.Identity?.Name ?? "", cancellationToken: HttpContext.RequestAborted);
        }

        if (saved is null)
        {
            var type = file is null ? null : MediaTypes.ForFileName(file.FileName);
            ViewData["Error"] = error switch
            {
                "none" or "empty" => T["Choose a file to upload."].Value,
                "unsupported-type" => T["This type of file is not accepted. Accepted: {0}.", string.Join(", ", MediaTypes.All.Select(t => t.Extension))].Value,
                "too-large" => T["The file is too large: a {0} file may have at most {1} MB.", type!.Extension, type.MaxBytes / MediaTypes.Megabyte].Value,
                "too-many-pixels" => T[Core.Media.PictureLimits.TooManyPixels].Value,
                _ => T["The file's content is not a {0} file. Was it renamed?", type?.Extension ?? ""].Value,
            };
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), await PageAsync(1));
        }

        TempData["Message"] = T["Uploaded. Its address is {0}", saved.Url].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/delete", Name = "Media.AdminMedia.Delete")]
    [RequirePermission(nameof(Permissions.ManageMedia))]
    public async Task<IActionResult> Delete(int id)
    {
        var file = await db.Set<MediaFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id);
        return file is null ? NotFound() : View(file);
    }

    [HttpPost("{id:int}/delete", Name = "Media.AdminMedia.DeleteConfirmed")]
    [RequirePermission(nameof(Permissions.ManageMedia))]
    public async Task<IActionResult> DeleteConfirmed(int id)
    {
        if (!await store.DeleteAsync(id, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        TempData["Message"] = T["The file was deleted."].Value;
        return RedirectToAction(nameof(Index));
    }

    private async Task<Page<MediaFile>> PageAsync(int? page)
    {
        var total = await db.Set<MediaFile>().CountAsync();
        var number = Paging.Clamp(page, (int)Math.Ceiling(total / (double)PageSize));
        var items = await db.Set<MediaFile>().AsNoTracking().OrderByDescending(f => f.Id).Skip((number - 1) * PageSize).Take(PageSize).ToListAsync();
        return new Page<MediaFile>(items, number, PageSize, total);
    }
}
