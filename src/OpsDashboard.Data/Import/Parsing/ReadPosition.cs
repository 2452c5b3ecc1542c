namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// Where a table reader is in the file's bytes: the reader hands over the stream it reads from when it
/// opens it (the readers open theirs lazily, inside their row iterators), and progress asks for the position.
/// </summary>
internal sealed class ReadPosition
{
    private Stream? _stream;
    private long _offset;
    private long _last;

    /// <summary>Bytes taken from the file so far; 0 before the reader has opened its stream, the last position once it closed it.</summary>
    public long Bytes
    {
        get
        {
            if (_stream is { CanSeek: true } stream)
            {
                _last = _offset + stream.Position;
            }

            return _last;
        }
    }

    /// <summary>Reads the position of <paramref name="stream"/>, which starts <paramref name="offset"/> bytes into the file.</summary>
    public void Follow(Stream stream, long offset) => (_stream, _offset) = (stream, offset);
}
