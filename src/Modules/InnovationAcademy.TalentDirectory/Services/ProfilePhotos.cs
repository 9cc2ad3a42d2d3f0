using InnovationAcademy.Core.Media;
using Microsoft.AspNetCore.Http;

namespace InnovationAcademy.TalentDirectory.Services;

/// <summary>
/// The photo or logo on a profile form: an uploaded picture (redrawn by the Media module, so no camera data is
/// published), "remove", or the address already on the profile. Without the Media module only addresses are kept.
/// </summary>
internal sealed class ProfilePhotos(IEnumerable<IPictureUploads> uploads)
{
    /// <summary>The uploader recorded for pictures the directory's team uploads on the profile forms.</summary>
    public const string TeamUploader = "talent-directory";

    /// <summary>Said at the photo field when other fields were wrong: the picture was not stored and must be chosen again.</summary>
    public const string ChooseAgain = "Choose the picture again once the other fields are right; it was not kept.";

    private IPictureUploads? Uploads => uploads.FirstOrDefault();

    /// <summary>The uploader key of a profile's owner.</summary>
    public static string OwnerUploader(string ownerId) => "user:" + ownerId;

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

    /// <summary>
    /// Removes a picture the profile no longer shows when its owner or the directory's team uploaded it for a profile
    /// (a person who asks for her photo to be taken down expects it gone); any other address is left alone.
    /// </summary>
    public async Task ForgetAsync(string? previous, string? kept, string? ownerId, CancellationToken cancellationToken)
    {
        if (Uploads is not { } pictures || string.IsNullOrEmpty(previous) || previous == kept)
        {
            return;
        }

        await pictures.ForgetAsync(previous, TeamUploader, cancellationToken);
        if (ownerId is not null)
        {
            await pictures.ForgetAsync(previous, OwnerUploader(ownerId), cancellationToken);
        }
    }
}
