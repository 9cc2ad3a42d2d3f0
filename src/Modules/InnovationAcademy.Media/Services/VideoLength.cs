using System.Buffers.Binary;

namespace InnovationAcademy.Media.Services;

/// <summary>
/// A video's length read from its file when it is uploaded, so a lesson says "1 min" for a 53-second clip instead of
/// what an editor guessed. MP4 (ISO BMFF) keeps it in the movie header (<c>moov/mvhd</c>: a time scale and a duration);
/// other formats (WebM) give null and the editor's minutes stand.
/// </summary>
internal static class VideoLength
{
    private const int MaxBoxes = 10_000;

    public static TimeSpan? OfMp4(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            return FindBox(file, 0, file.Length, "moov") is { } moov && FindBox(file, moov.Start, moov.End, "mvhd") is { } mvhd
                ? ReadMovieHeader(file, mvhd.Start, mvhd.End)
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The content of the first box of <paramref name="type"/> between <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static (long Start, long End)? FindBox(Stream file, long from, long to, string type)
    {
        Span<byte> header = stackalloc byte[16];
        var position = from;
        for (var boxes = 0; boxes < MaxBoxes && position + 8 <= to; boxes++)
        {
            file.Position = position;
            if (file.ReadAtLeast(header[..8], 8, throwOnEndOfStream: false) < 8)
            {
                return null;
            }

            long size = BinaryPrimitives.ReadUInt32BigEndian(header);
            var name = System.Text.Encoding.ASCII.GetString(header[4..8]);
            var headerLength = 8;
            if (size == 1)
            {
                if (file.ReadAtLeast(header[8..16], 8, throwOnEndOfStream: false) < 8)
                {
                    return null;
                }

                size = (long)BinaryPrimitives.ReadUInt64BigEndian(header[8..16]);
                headerLength = 16;
            }
            else if (size == 0)
            {
                size = to - position;
            }

            if (size < headerLength || position + size > to)
            {
                return null;
            }

            if (name == type)
            {
                return (position + headerLength, position + size);
            }

            position += size;
        }

        return null;
    }

    private static TimeSpan? ReadMovieHeader(Stream file, long start, long end)
    {
        Span<byte> data = stackalloc byte[32];
        file.Position = start;
        var length = (int)Math.Min(end - start, data.Length);
        if (file.ReadAtLeast(data[..length], length, throwOnEndOfStream: false) < length || length < 20)
        {
            return null;
        }

        var version = data[0];
        uint scale;
        ulong duration;
        if (version == 1 && length >= 32)
        {
            scale = BinaryPrimitives.ReadUInt32BigEndian(data[20..24]);
            duration = BinaryPrimitives.ReadUInt64BigEndian(data[24..32]);
        }
        else if (version == 0)
        {
            scale = BinaryPrimitives.ReadUInt32BigEndian(data[12..16]);
            duration = BinaryPrimitives.ReadUInt32BigEndian(data[16..20]);
        }
        else
        {
            return null;
        }

        // An unknown duration is all ones; a length beyond a day is no lesson's.
        if (scale == 0 || duration == uint.MaxValue || duration == ulong.MaxValue)
        {
            return null;
        }

        var seconds = (double)duration / scale;
        return seconds is > 0 and < 86_400 ? TimeSpan.FromSeconds(seconds) : null;
    }
}
