using BackOffice.Domain.Orders;

namespace BackOffice.Partners.Tests.Support;

public static class TestData
{
    public static readonly Customer Person = new("Maria Silva", "maria@example.com", "123.456.789-09", "+55 (11) 98765-4321");

    public static readonly Customer Company = new("Empresa Compradora Ltda", "compras@empresa.com.br", "12.345.678/0001-95", null);

    public static readonly Address SaoPaulo = new("Avenida Paulista", "1000", "apto 12", "Bela Vista", "São Paulo", "SP", "01310-100", "BR");

    public static readonly Address RioDeJaneiro = new("Rua do Ouvidor", "50", null, "Centro", "Rio de Janeiro", "RJ", "20040-030", "BR");

    /// <summary>When a test order started waiting for payment.</summary>
    public static readonly DateTimeOffset PayableFrom = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    public static readonly IReadOnlyList<OrderLine> Lines =
    [
        new("TSHIRT-M", "Camiseta básica M", 2, 1250),
        new("CAP-01", "Boné", 1, 4990),
    ];
}
