namespace InnovationAcademy.Media.Models;

/// <summary>An uploaded file. It is stored under a generated name; the original name is kept only for people.</summary>
internal sealed class MediaFile
{
    public int Id { get; set; }

    /// <summary>A GUID and the type's extension: the file's address is <c>/media/{StoredName}</c>.</summary>
    public required string StoredName { get; set; }

    public required string OriginalName { get; set; }

    public required string ContentType { get; set; }

    public long Length { get; set; }

    public DateTime CreatedUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    /// <summary>A video's length as its file states it (MP4), read when uploaded; null for other files or when unknown.</summary>
    public double? DurationSeconds { get; set; }

    public string Url => "/media/" + StoredName;
}
