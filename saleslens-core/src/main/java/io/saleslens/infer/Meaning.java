package io.saleslens.infer;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The canonical meanings a column can have, each with the spec column name it becomes, the names that
 * usually carry it (compared without case, spaces or punctuation) in two tiers, and the values it needs.
 */
public enum Meaning {
    ORDER_ID(
            "order_number",
            Need.ANY,
            Set.of(
                    "orderid",
                    "ordernumber",
                    "orderno",
                    "salesordernumber",
                    "salesorderid",
                    "invoiceno",
                    "invoiceid",
                    "invoicenumber",
                    "invoice",
                    "slsordnum",
                    "transactionid",
                    "receiptid",
                    "receiptno",
                    "opportunityid",
                    "ordername"),
            List.of(".*order(id|number|no|num)", ".*invoice(id|no|number)?")),
    ORDER_LINE(
            "order_line",
            Need.NUMBER,
            Set.of("salesorderlinenumber", "linenumber", "orderline", "lineno", "orderlinenumber"),
            List.of()),
    ORDER_DATE(
            "order_date",
            Need.DATE,
            Set.of(
                    "orderdate",
                    "invoicedate",
                    "transactiondate",
                    "saledate",
                    "salesdate",
                    "orderdt",
                    "slsorderdt",
                    "date",
                    "createdat",
                    "closedate",
                    "orderedat",
                    "purchasedate",
                    "purchasedat"),
            List.of(".*orderdate(key)?", "datekey", "date", "paidat", "createddate", "processedat")),
    SHIP_DATE(
            "ship_date",
            Need.DATE,
            Set.of("shipdate", "shippingdate", "slsshipdt", "shipdt"),
            List.of(".*shipdate(key)?")),
    DUE_DATE("due_date", Need.DATE, Set.of("duedate", "slsduedt"), List.of(".*duedate(key)?")),
    CUSTOMER_ID(
            "customer_id",
            Need.ANY,
            Set.of(
                    "customerid",
                    "customerkey",
                    "custid",
                    "customerno",
                    "customernumber",
                    "clientid",
                    "cstid",
                    "slscustid",
                    "customercode",
                    "clientkey",
                    "accountname",
                    "accountid"),
            List.of(".*(customer|cust|client)(id|key|no|number|code)")),
    CUSTOMER_NAME(
            "customer_name",
            Need.TEXT,
            Set.of("customername", "customer", "clientname", "fullname", "client", "billingname"),
            List.of("name")),
    FIRST_NAME("first_name", Need.TEXT, Set.of("firstname", "givenname", "cstfirstname"), List.of()),
    LAST_NAME("last_name", Need.TEXT, Set.of("lastname", "surname", "familyname", "cstlastname"), List.of()),
    PRODUCT_ID(
            "product_number",
            Need.ANY,
            Set.of(
                    "productid",
                    "productkey",
                    "sku",
                    "productcode",
                    "itemid",
                    "stockcode",
                    "productnumber",
                    "itemcode",
                    "slsprdkey",
                    "itemno",
                    "prdkey",
                    "lineitemsku",
                    "item",
                    "variantsku"),
            List.of(".*(product|prod|prd|item)(id|key|code|no|number)")),
    PRODUCT_NAME(
            "product_name",
            Need.TEXT,
            Set.of(
                    "productname",
                    "product",
                    "englishproductname",
                    "itemname",
                    "itemdescription",
                    "prdnm",
                    "description",
                    "lineitemname"),
            List.of(".*productname")),
    CATEGORY(
            "category",
            Need.TEXT,
            Set.of(
                    "category",
                    "productcategory",
                    "categoryname",
                    "englishproductcategoryname",
                    "cat",
                    "productfamily",
                    "producttype"),
            List.of(".*category(name)?")),
    SUBCATEGORY(
            "subcategory",
            Need.TEXT,
            Set.of("subcategory", "subcat", "productsubcategory", "subcategoryname", "englishproductsubcategoryname"),
            List.of(".*subcategory(name)?")),
    QUANTITY(
            "quantity",
            Need.NUMBER,
            Set.of(
                    "quantity",
                    "qty",
                    "orderquantity",
                    "units",
                    "unitssold",
                    "slsquantity",
                    "orderqty",
                    "quantityordered",
                    "lineitemquantity"),
            List.of(".*(quantity|qty)")),
    UNIT_PRICE(
            "unit_price",
            Need.NUMBER,
            Set.of(
                    "unitprice",
                    "price",
                    "salesprice",
                    "slsprice",
                    "unitsellingprice",
                    "priceeach",
                    "lineitemprice",
                    "itemprice"),
            List.of(".*unitprice")),
    SALES_AMOUNT(
            "sales_amount",
            Need.NUMBER,
            Set.of(
                    "sales",
                    "salesamount",
                    "amount",
                    "revenue",
                    "linetotal",
                    "totalsales",
                    "extendedamount",
                    "slssales",
                    "netsales",
                    "saleamount",
                    "totalamount",
                    "total",
                    "subtotal",
                    "ordertotal",
                    "grandtotal",
                    "lineamount"),
            List.of(".*(sales|revenue)amount", ".*linetotal")),
    DISCOUNT(
            "discount",
            Need.NUMBER,
            Set.of(
                    "discount",
                    "discountamount",
                    "discountpct",
                    "discountrate",
                    "unitpricediscountpct",
                    "lineitemdiscount",
                    "linediscount"),
            List.of(".*discount.*")),
    COST(
            "cost",
            Need.NUMBER,
            Set.of("cost", "totalproductcost", "productcost", "cogs", "totalcost", "linecost", "costofgoods"),
            List.of(".*totalcost")),
    UNIT_COST(
            "unit_cost",
            Need.NUMBER,
            Set.of("unitcost", "standardcost", "prdcost", "costprice"),
            List.of(".*standardcost")),
    PROFIT("profit", Need.NUMBER, Set.of("profit", "grossprofit", "netprofit", "margin"), List.of(".*profit")),
    SEGMENT(
            "segment",
            Need.TEXT,
            Set.of("segment", "customersegment", "customertype", "clienttype", "segmentname", "customergroup"),
            List.of(".*segment")),
    COUNTRY(
            "country",
            Need.TEXT,
            Set.of("country", "countryregion", "englishcountryregionname", "countryname", "cntry", "billingcountry"),
            List.of("country.*")),
    REGION(
            "region",
            Need.TEXT,
            Set.of("region", "salesterritoryregion", "territory", "market", "salesregion"),
            List.of(".*region")),
    STATE(
            "state",
            Need.TEXT,
            Set.of("state", "province", "stateprovince", "stateprovincename", "billingprovince"),
            List.of()),
    CITY("city", Need.TEXT, Set.of("city", "town", "billingcity"), List.of()),
    GENDER("gender", Need.TEXT, Set.of("gender", "gndr", "sex", "cstgndr"), List.of()),
    MARITAL_STATUS("marital_status", Need.TEXT, Set.of("maritalstatus", "cstmaritalstatus"), List.of());

    /** The values a meaning needs. */
    enum Need {
        ANY,
        TEXT,
        NUMBER,
        DATE
    }

    private final String column;
    private final Need need;
    private final Set<String> names;
    private final List<String> patterns;

    Meaning(String column, Need need, Set<String> names, List<String> patterns) {
        this.column = column;
        this.need = need;
        this.names = names;
        this.patterns = patterns;
    }

    /** The column name this meaning has in a spec. */
    public String column() {
        return column;
    }

    Need need() {
        return need;
    }

    /** Names that mean an order id only when the values look like order numbers (Shopify's "Name": #1001). */
    private static final Set<String> ORDER_CODE_NAMES = Set.of("name");
    /** Names that mean a customer id only when the values are e-mail addresses. */
    private static final Set<String> EMAIL_NAMES =
            Set.of("email", "customeremail", "emailaddress", "buyeremail", "contactemail");

    /**
     * The name tier, for names whose meaning the values must confirm: a "Name" column is an order id only when
     * its values are order numbers (#1001), an "Email" column a customer id only when its values are addresses.
     * 0 when the name fits but the values contradict it ({@link #contradiction} says why).
     */
    int tier(String columnName, ColumnProfile profile) {
        String normalised = normalise(columnName);
        if (this == ORDER_ID && ORDER_CODE_NAMES.contains(normalised)) {
            return profile.mostly(profile.orderCodes()) ? 1 : 0;
        }
        if (this == CUSTOMER_ID && EMAIL_NAMES.contains(normalised)) {
            return profile.mostly(profile.emails()) ? 1 : 0;
        }
        return tier(columnName);
    }

    /** Why a column whose name is one this meaning's values must confirm was not given it, or null. */
    String contradiction(String columnName, ColumnProfile profile) {
        String normalised = normalise(columnName);
        if (this == ORDER_ID && ORDER_CODE_NAMES.contains(normalised) && !profile.mostly(profile.orderCodes())) {
            return "not the order id: only " + profile.orderCodes() + " of " + profile.values()
                    + " values look like order numbers (#1001)";
        }
        if (this == CUSTOMER_ID && EMAIL_NAMES.contains(normalised) && !profile.mostly(profile.emails())) {
            return "not the customer id: only " + profile.emails() + " of " + profile.values()
                    + " values are e-mail addresses";
        }
        return null;
    }

    /** 1 for a name this meaning usually has, 2 for a name that merely follows its pattern, 0 for no match. */
    int tier(String columnName) {
        String normalised = normalise(columnName);
        if (names.contains(normalised)) {
            return 1;
        }
        return patterns.stream().anyMatch(normalised::matches) ? 2 : 0;
    }

    /** Whether values in this format can carry the meaning. */
    boolean accepts(ValueFormat format) {
        return switch (need) {
            case ANY -> format.kind() != ValueFormat.Kind.EMPTY;
            case TEXT -> format.kind() == ValueFormat.Kind.TEXT;
            case NUMBER -> format.isNumber();
            case DATE -> format.isDateLike();
        };
    }

    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** Whether a meaning describes the customer. */
    boolean isCustomerAttribute() {
        return Set.of(
                        CUSTOMER_NAME,
                        FIRST_NAME,
                        LAST_NAME,
                        SEGMENT,
                        COUNTRY,
                        REGION,
                        STATE,
                        CITY,
                        GENDER,
                        MARITAL_STATUS)
                .contains(this);
    }

    /** Whether a meaning describes the product. */
    boolean isProductAttribute() {
        return Set.of(PRODUCT_NAME, CATEGORY, SUBCATEGORY, UNIT_COST).contains(this);
    }

    /** Whether a meaning is a measure of an order line. */
    boolean isMeasure() {
        return Set.of(QUANTITY, UNIT_PRICE, SALES_AMOUNT, DISCOUNT, COST, PROFIT)
                .contains(this);
    }
}
