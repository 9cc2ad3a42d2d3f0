using InnovationAcademy.Core.Media;
using Microsoft.AspNetCore.Http;

namespace InnovationAcademy.TalentDirectory.Services;

/// <summary>
/// The photo or logo on a profile form: an uploaded picture (redrawn by the Media module, so no camera data is
/// published), "remove", or the address already on the profile. Without the Media module only addresses are kept.
/// </summary>
public sealed class ProfilePhotos(IEnumerable<IPictureUploads> uploads)
{
    private IPictureUploads? Uploads => uploads.FirstOrDefault();

    public bool CanUpload => Uploads is not null;

    /// <summary>The address the profile should keep, or the problem with the uploaded picture (in English, translated by the caller).</summary>
    public async Task<(string? Address, string? Problem)> ChooseAsync(string? current, IFormFile? upload, bool remove, string uploadedBy, CancellationToken cancellationToken)
    {
        if (upload is { Length: > 0 } && Uploads is { } pictures)
        {
            await using var content = upload.OpenReadStream();
            var stored = await pictures.SaveAsync(content, upload.FileName, upload.Length, uploadedBy, cancellationToken);
            return stored.Problem is { } problem ? (current, problem) : (stored.Address, null);
        }

        return (remove ? null : current, null);
    }

    /// <summary>Removes a picture the same person uploaded and the profile no longer shows.</summary>
    public Task ForgetAsync(string? previous, string? kept, string uploadedBy, CancellationToken cancellationToken) =>
        Uploads is { } pictures && !string.IsNullOrEmpty(previous) && previous != kept
            ? pictures.ForgetAsync(previous, uploadedBy, cancellationToken)
            : Task.CompletedTask;
}
