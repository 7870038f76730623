package io.saleslens.infer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Figures a test dataset generator adds up while it writes the rows, independently of SalesLens:
 * what a correct run must report.
 */
final class ExpectedFigures {
    BigDecimal revenue = BigDecimal.ZERO;
    BigDecimal profit = BigDecimal.ZERO;
    long units;
    long records;
    final Set<String> orders = new HashSet<>();
    final Set<String> customersWithOrders = new HashSet<>();
    final Set<String> productsSold = new HashSet<>();
    LocalDate firstDate;
    LocalDate lastDate;
    final Map<String, Segment> segments = new TreeMap<>();

    static final class Segment {
        final Set<String> customers = new HashSet<>();
        final Set<String> orders = new HashSet<>();
        long units;
        BigDecimal revenue = BigDecimal.ZERO;
    }

    void line(
            String order,
            String customer,
            String product,
            LocalDate date,
            long quantity,
            BigDecimal sales,
            String segment) {
        records++;
        revenue = revenue.add(sales);
        units += quantity;
        orders.add(order);
        customersWithOrders.add(customer);
        productsSold.add(product);
        firstDate = firstDate == null || date.isBefore(firstDate) ? date : firstDate;
        lastDate = lastDate == null || date.isAfter(lastDate) ? date : lastDate;
        Segment s = segments.computeIfAbsent(segment, k -> new Segment());
        s.orders.add(order);
        s.units += quantity;
        s.revenue = s.revenue.add(sales);
    }

    void customer(String customer, String segment) {
        segments.computeIfAbsent(segment, k -> new Segment()).customers.add(customer);
    }
}
