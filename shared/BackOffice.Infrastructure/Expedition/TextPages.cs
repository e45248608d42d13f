using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace BackOffice.Infrastructure.Expedition;

/// <summary>Lines of monospaced text on A4 pages, a new page when one is full, each page headed with a title.</summary>
internal sealed class TextPages(PdfDocument document, string title) : IDisposable
{
    private const double Margin = 40;
    private const double LineHeight = 13;
    private static readonly Lazy<XFont> Normal = new(() => EmbeddedFontResolver.Font(9));
    private static readonly Lazy<XFont> Heading = new(() => EmbeddedFontResolver.Font(11, bold: true));

    private XGraphics? _graphics;
    private double _y;
    private double _height;

    /// <summary>About how many characters fit on a line at the normal size.</summary>
    public const int Width = 95;

    public void Line(string text, bool bold = false)
    {
        if (_graphics is null || _y + LineHeight > _height - Margin)
        {
            NewPage();
        }

        _graphics!.DrawString(Fit(text), (bold ? Heading : Normal).Value, XBrushes.Black, new XPoint(Margin, _y));
        _y += LineHeight;
    }

    public void Gap() => _y += LineHeight / 2;

    public void Dispose() => _graphics?.Dispose();

    private void NewPage()
    {
        _graphics?.Dispose();
        var page = document.AddPage();
        page.Size = PageSize.A4;
        _graphics = XGraphics.FromPdfPage(page);
        _height = page.Height.Point;
        _y = Margin;
        _graphics.DrawString(title, Heading.Value, XBrushes.Black, new XPoint(Margin, _y));
        _y += LineHeight * 2;
    }

    private static string Fit(string text) => text.Length <= Width ? text : text[..(Width - 1)] + "…";
}
