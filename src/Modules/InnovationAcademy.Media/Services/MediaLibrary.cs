using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Media;
using InnovationAcademy.Media.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Media.Services;

/// <summary>The library as other modules' pickers read it.</summary>
internal sealed class MediaLibrary(AcademyDbContext db, MediaStore store) : IMediaLibrary
{
    public async Task<IReadOnlyList<MediaItem>> ListAsync(int count, CancellationToken cancellationToken = default) =>
        [.. (await db.Set<MediaFile>().AsNoTracking().OrderByDescending(f => f.Id).Take(count).ToListAsync(cancellationToken)).Select(ItemOf)];

    public async Task<MediaItem?> FindAsync(string? url, CancellationToken cancellationToken = default) =>
        url is null ? null : await store.FindByAddressAsync(url.Trim(), cancellationToken) is { } file ? ItemOf(file) : null;

    private static MediaItem ItemOf(MediaFile file) =>
        new(file.Url, file.OriginalName, file.ContentType, file.Length, file.DurationSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null);
}
