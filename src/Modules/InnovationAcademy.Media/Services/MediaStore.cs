using System.Text.RegularExpressions;
using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Media.Models;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace InnovationAcademy.Media.Services;

/// <summary>Keeps uploaded files in a folder (<c>Media:Path</c>, default App_Data/media) and their records in the database.</summary>
internal sealed partial class MediaStore(AcademyDbContext db, IConfiguration configuration, IWebHostEnvironment environment, IAuditLog audit, TimeProvider clock)
{
    /// <summary>Pictures in the library keep their format and are drawn at most this wide or high.</summary>
    private const int LibraryLongestSide = 4096;

    public string Folder => configuration["Media:Path"] is { Length: > 0 } path ? path : Path.Combine(environment.ContentRootPath, "App_Data", "media");

    /// <summary>The path of a stored file, or null for a name that is not one of ours.</summary>
    public string? PathOf(string storedName) =>
        StoredNamePattern().IsMatch(storedName) && MediaTypes.ForStoredName(storedName) is not null
            ? Path.Combine(Folder, storedName)
            : null;

    /// <summary>Checks and stores an upload; returns the record, or the reason it was refused (nothing is kept then).</summary>
    public async Task<(MediaFile? File, string? Error)> SaveAsync(Stream content, string originalName, long length, string by, string? storedName = null, CancellationToken cancellationToken = default)
    {
        var type = MediaTypes.ForFileName(originalName);
        if (type is null)
        {
            return (null, "unsupported-type");
        }

        if (length == 0)
        {
            return (null, "empty");
        }

        if (length > type.MaxBytes)
        {
            return (null, "too-large");
        }

        var header = new byte[16];
        var read = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        if (!type.HasSignature(header.AsMemory(0, read)))
        {
            return (null, "wrong-content");
        }

        if (storedName is not null && (!StoredNamePattern().IsMatch(storedName) || MediaTypes.ForStoredName(storedName) != type))
        {
            return (null, "bad-stored-name");
        }

        // Pictures are shown to visitors: they are drawn again so that no camera data (where a photo was taken)
        // and nothing hidden after the image is published with them.
        if (type.IsPicture)
        {
            using var buffer = new MemoryStream();
            await buffer.WriteAsync(header.AsMemory(0, read), cancellationToken);
            await content.CopyToAsync(buffer, cancellationToken);
            var (clean, problem) = PictureCleaner.Redraw(buffer.ToArray(), LibraryLongestSide, keepFormat: true);
            if (clean is null)
            {
                return (null, problem == Core.Media.PictureLimits.TooManyPixels ? "too-many-pixels" : "wrong-content");
            }

            return await StoreAsync(new MemoryStream(clean.Bytes), ReadOnlyMemory<byte>.Empty, clean.Bytes.Length, type, originalName, by, storedName, cancellationToken);
        }

        return await StoreAsync(content, header.AsMemory(0, read), length, type, originalName, by, storedName, cancellationToken);
    }

    /// <summary>Stores a picture that <see cref="PictureCleaner"/> has already drawn again.</summary>
    internal Task<(MediaFile? File, string? Error)> SaveCleanPictureAsync(CleanPicture picture, string originalName, string by, CancellationToken cancellationToken) =>
        StoreAsync(new MemoryStream(picture.Bytes), ReadOnlyMemory<byte>.Empty, picture.Bytes.Length, MediaTypes.ForFileName(picture.Extension)!, Path.ChangeExtension(CleanName(originalName), picture.Extension), by, null, cancellationToken);

    /// <summary>The stored record of a site address (<c>/media/…</c>), or null.</summary>
    internal Task<MediaFile?> FindByAddressAsync(string address, CancellationToken cancellationToken)
    {
        var name = address.StartsWith("/media/", StringComparison.Ordinal) ? address["/media/".Length..] : "";
        return StoredNamePattern().IsMatch(name)
            ? db.Set<MediaFile>().FirstOrDefaultAsync(f => f.StoredName == name, cancellationToken)
            : Task.FromResult<MediaFile?>(null);
    }

    private async Task<(MediaFile? File, string? Error)> StoreAsync(Stream content, ReadOnlyMemory<byte> header, long length, MediaType type, string originalName, string by, string? storedName, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        storedName ??= Guid.NewGuid().ToString("N") + type.Extension.ToLowerInvariant();
        var target = Path.Combine(Folder, storedName);
        var partial = target + ".part";
        try
        {
            await using (var output = File.Create(partial))
            {
                await output.WriteAsync(header, cancellationToken);
                await content.CopyToAsync(output, cancellationToken);
            }

            File.Move(partial, target, overwrite: true);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }

        // A recipe may bring a file again under its known name: the record is updated, not duplicated.
        var existing = await db.Set<MediaFile>().FirstOrDefaultAsync(f => f.StoredName == storedName, cancellationToken);
        if (existing is not null)
        {
            db.Set<MediaFile>().Remove(existing);
        }

        var file = new MediaFile
        {
            StoredName = storedName,
            OriginalName = CleanName(originalName),
            ContentType = type.ContentType,
            Length = length,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            CreatedBy = by,
            DurationSeconds = type.ContentType == "video/mp4" && VideoLength.OfMp4(target) is { } duration ? Math.Round(duration.TotalSeconds, 2) : null,
        };
        db.Set<MediaFile>().Add(file);
        audit.Record("media.uploaded", file.OriginalName, AuditNote.Data(file.Url));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch when (existing is null)
        {
            // Without its record a new file would be public yet listed nowhere, so nobody could remove it.
            File.Delete(target);
            throw;
        }

        return (file, null);
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken = default) =>
        await db.Set<MediaFile>().FindAsync([id], cancellationToken) is { } file && await DeleteAsync(file, cancellationToken);

    internal async Task<bool> DeleteAsync(MediaFile file, CancellationToken cancellationToken)
    {
        db.Set<MediaFile>().Remove(file);
        audit.Record("media.deleted", file.OriginalName, AuditNote.Data(file.Url));
        await db.SaveChangesAsync(cancellationToken);
        File.Delete(Path.Combine(Folder, file.StoredName));
        return true;
    }

    /// <summary>
    /// The original name without folders, control or invisible characters (a right-to-left override would make
    /// "photo\u202Egpj.webp" read as "photowebp.jpg"), cut at a whole character, for display only.
    /// </summary>
    private static string CleanName(string name)
    {
        var kept = Path.GetFileName(name.Replace('\\', '/'))
            .Where(c => !char.IsControl(c) && char.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.Surrogate or System.Globalization.UnicodeCategory.OtherNotAssigned));
        var clean = new string([.. kept]).Trim();
        return clean.Length == 0 ? "file" : clean.Length > 255 ? clean[..255] : clean;
    }

    [GeneratedRegex("^[0-9a-f]{32}\\.[a-z0-9]{2,5}\\z")]
    private static partial Regex StoredNamePattern();
}
