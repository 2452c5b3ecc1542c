namespace OpsDashboard.Web.Model;

/// <summary>An upload saved to disk, waiting to be previewed and imported.</summary>
public sealed record StagedUpload(string Path, string FileName, long Length)
{
    /// <summary>The whole file: only at preview and import time, which need all of it.</summary>
    public Task<byte[]> ReadAllBytesAsync(CancellationToken ct = default) => File.ReadAllBytesAsync(Path, ct);

    /// <summary>The file's SHA-256 (lower-case hex, as <see cref="Data.Accounts.ImportAudit"/> names it), read as a stream: never the whole file at once.</summary>
    public async Task<string> Sha256Async(CancellationToken ct = default)
    {
        await using var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        return Convert.ToHexString(await System.Security.Cryptography.SHA256.HashDataAsync(file, ct)).ToLowerInvariant();
    }
}

/// <summary>The upload was larger than the limit (checked while streaming, whatever the browser said the size was).</summary>
public sealed class UploadTooLargeException(long maxBytes) : IOException($"The upload is larger than {maxBytes} bytes.")
{
    public long MaxBytes { get; } = maxBytes;
}

/// <summary>
/// Streams browser uploads to files in the data folder's uploads/ folder, so a 100 MB export never
/// sits in the circuit's memory while it travels; the page reads it back only to preview and import
/// it, then deletes it. Files left behind by a closed tab are removed after a day.
/// </summary>
public sealed class UploadStaging(string folder, TimeProvider clock)
{
    private const int ChunkSize = 81920;
    private static readonly TimeSpan KeepAbandoned = TimeSpan.FromDays(1);

    public string Folder { get; } = folder;

    /// <summary>The uploads folder under the app's data folder (Database__DataFolder, relative to the content root).</summary>
    public static UploadStaging UnderDataFolder(string contentRoot, string dataFolder, TimeProvider clock) =>
        new(Path.Combine(Path.IsPathRooted(dataFolder) ? dataFolder : Path.Combine(contentRoot, dataFolder), "uploads"), clock);

    /// <summary>Copies <paramref name="source"/> to a new file chunk by chunk, reporting the bytes written so far.</summary>
    /// <exception cref="UploadTooLargeException">More than <paramref name="maxBytes"/> arrived; nothing is kept.</exception>
    public async Task<StagedUpload> SaveAsync(Stream source, string fileName, long maxBytes, Func<long, Task>? progress, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        DeleteAbandoned();
        var path = Path.Combine(Folder, Guid.NewGuid().ToString("N") + ".upload");
        try
        {
            long written = 0;
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, ChunkSize, useAsync: true))
            {
                var buffer = new byte[ChunkSize];
                int read;
                while ((read = await source.ReadAsync(buffer, ct)) > 0)
                {
                    written += read;
                    if (written > maxBytes)
                    {
                        throw new UploadTooLargeException(maxBytes);
                    }

                    await target.WriteAsync(buffer.AsMemory(0, read), ct);
                    if (progress is not null)
                    {
                        await progress(written);
                    }
                }
            }

            return new StagedUpload(path, fileName, written);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    public static void Delete(StagedUpload? upload)
    {
        if (upload is not null)
        {
            File.Delete(upload.Path);
        }
    }

    private void DeleteAbandoned()
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - KeepAbandoned;
        foreach (var file in Directory.EnumerateFiles(Folder, "*.upload"))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(file) < cutoff)
                {
                    File.Delete(file);
                }
            }
            catch (IOException)
            {
                // Another circuit is still writing it; try again next time.
            }
        }
    }
}
