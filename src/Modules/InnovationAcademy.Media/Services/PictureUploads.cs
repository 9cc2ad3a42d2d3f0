using InnovationAcademy.Core.Media;

namespace InnovationAcademy.Media.Services;

/// <summary>Pictures that people upload for visitors to see, redrawn as WebP at most 1600 pixels on a side.</summary>
internal sealed class PictureUploads(MediaStore store) : IPictureUploads
{
    public async Task<PictureUpload> SaveAsync(Stream content, string fileName, long length, string uploadedBy, CancellationToken cancellationToken = default)
    {
        if (length <= 0)
        {
            return PictureUpload.Refused(PictureLimits.Empty);
        }

        if (length > PictureLimits.MaxBytes)
        {
            return PictureUpload.Refused(PictureLimits.TooLarge);
        }

        var bytes = new byte[length];
        var read = await content.ReadAtLeastAsync(bytes, bytes.Length, throwOnEndOfStream: false, cancellationToken);
        var (picture, problem) = PictureCleaner.Redraw(read == bytes.Length ? bytes : bytes[..read], PictureLimits.LongestSide, keepFormat: false);
        if (picture is null)
        {
            return PictureUpload.Refused(problem ?? PictureLimits.NotAPicture);
        }

        var (file, error) = await store.SaveCleanPictureAsync(picture, fileName, uploadedBy, cancellationToken);
        return file is null ? PictureUpload.Refused(error ?? PictureLimits.NotAPicture) : PictureUpload.Stored(file.Url);
    }

    public async Task ForgetAsync(string? address, string uploadedBy, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(address) || await store.FindByAddressAsync(address, cancellationToken) is not { } file || file.CreatedBy != uploadedBy)
        {
            return;
        }

        await store.DeleteAsync(file, cancellationToken);
    }
}
