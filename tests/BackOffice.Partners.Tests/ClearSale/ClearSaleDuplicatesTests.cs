using BackOffice.Partners.ClearSale;

namespace BackOffice.Partners.Tests.ClearSale;

public sealed class ClearSaleDuplicatesTests
{
    [Theory]
    [InlineData("""{"Message":"Pedido já existe."}""", true)]
    [InlineData("""{"Message":"Order code already exists"}""", true)]
    [InlineData("""{"Message":"Código de pedido existente"}""", true)]
    [InlineData("""{"Message":"Produto inexistente no pedido"}""", false)]
    [InlineData("""{"Message":"Invalid document"}""", false)]
    public void IsDuplicate_WhenClearSaleRefuses_SaysWhetherItAlreadyHasTheOrder(string body, bool duplicate)
    {
        Assert.Equal(duplicate, ClearSaleDuplicates.IsDuplicate(body));
    }
}
