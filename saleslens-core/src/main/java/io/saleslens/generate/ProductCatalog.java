package io.saleslens.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The products, and which one an order line buys. Demand follows a Zipf law over the sellable
 * products in a random order, so a handful of products (mostly bikes, being dear) take most of the
 * revenue while many catalogued products never sell.
 */
final class ProductCatalog {
    /** Zipf exponent of product demand; above 1 gives the long tail of real catalogs. */
    static final double DEMAND_EXPONENT = 1.2;

    private static final long CATALOG_SALT = 0x5A1E5CA7A106L;
    private static final String[] GRADES = {"HL", "ML", "LL"};
    private static final String[] COLOURS = {"Black", "Red", "Silver", "Blue", "Yellow", "Multi"};
    private static final String[] SIZES = {"38", "40", "42", "44", "46", "48", "52", "58", "62"};

    private final List<Product> products;
    private final int[] sellableIndexes;
    private final double[] cumulativeDemand;

    private ProductCatalog(List<Product> products, int[] sellableIndexes, double[] demand) {
        this.products = List.copyOf(products);
        this.sellableIndexes = sellableIndexes;
        this.cumulativeDemand = demand;
    }

    /** A catalog fixed by the seed; versions of old products started before {@code firstOrder}. */
    static ProductCatalog generate(long seed, LocalDate firstOrder) {
        SplittableRandom random = new SplittableRandom(seed ^ CATALOG_SALT);
        List<Product> products = new ArrayList<>();
        Set<String> salesKeys = new HashSet<>();
        for (Category category : Category.ALL) {
            for (int i = 0; i < category.products(); i++) {
                products.add(product(category, random, salesKeys, firstOrder));
            }
        }
        if (products.stream().noneMatch(Product::sellable)) {
            Product first = products.get(0);
            products.set(0, withSellable(first));
        }
        int[] sellable = IntStream.range(0, products.size())
                .filter(i -> products.get(i).sellable())
                .toArray();
        shuffle(sellable, random);
        double[] cumulative = new double[sellable.length];
        double total = 0;
        for (int rank = 0; rank < sellable.length; rank++) {
            total += 1 / Math.pow(rank + 1, DEMAND_EXPONENT);
            cumulative[rank] = total;
        }
        for (int rank = 0; rank < cumulative.length; rank++) {
            cumulative[rank] /= total;
        }
        return new ProductCatalog(products, sellable, cumulative);
    }

    List<Product> products() {
        return products;
    }

    Product product(int index) {
        return products.get(index);
    }

    /** Index in {@link #products()} of the product bought, for a uniform draw in [0, 1). */
    int demandedProductIndex(double uniform) {
        int position = Arrays.binarySearch(cumulativeDemand, uniform);
        int rank = position >= 0 ? position + 1 : -position - 1;
        return sellableIndexes[Math.min(rank, sellableIndexes.length - 1)];
    }

    private static Product product(
            Category category, SplittableRandom random, Set<String> salesKeys, LocalDate firstOrder) {
        String model;
        String salesKey;
        do {
            model = (char) ('A' + random.nextInt(26)) + Integer.toString(100 + random.nextInt(900));
            String size = SIZES[random.nextInt(SIZES.length)];
            salesKey = category.id().substring(3) + '-' + model + '-' + size;
        } while (!salesKeys.add(salesKey));
        String colour = COLOURS[random.nextInt(COLOURS.length)];
        String name = GRADES[random.nextInt(GRADES.length)]
                + ' '
                + category.subcategory()
                + ' '
                + model
                + " - "
                + colour
                + "- "
                + salesKey.substring(salesKey.lastIndexOf('-') + 1);
        // Log-uniform prices: many cheap variants, few dear ones.
        double logMin = Math.log(category.minPrice());
        double logMax = Math.log(category.maxPrice() + 1);
        int price = (int) Math.exp(logMin + random.nextDouble() * (logMax - logMin));
        int cost = Math.max(1, (int) (price * (0.45 + 0.2 * random.nextDouble())));
        int versions = random.nextDouble() < 0.35 ? 2 + random.nextInt(2) : 1;
        LocalDate firstStart = LocalDate.of(firstOrder.getYear() - versions - random.nextInt(4), 7, 1);
        boolean sellable = random.nextDouble() < category.sellShare();
        return new Product(salesKey, category, name, Math.max(price, 1), cost, versions, firstStart, sellable);
    }

    private static Product withSellable(Product product) {
        return new Product(
                product.salesKey(),
                product.category(),
                product.name(),
                product.listPrice(),
                product.cost(),
                product.versions(),
                product.firstStart(),
                true);
    }

    private static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
