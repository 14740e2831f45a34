package org.childsafe.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.childsafe.platform.web.RequestLimits;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Only so many uploads are received at once; the others are asked to come back. */
class RequestLimitsTest {

    private static HttpServletRequest upload() {
        return (HttpServletRequest) Proxy.newProxyInstance(RequestLimitsTest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> "/VAADIN/dynamic/resource/1/upload";
                    case "getContextPath" -> "";
                    case "getContentLengthLong" -> 1024L;
                    case "getContentType" -> "multipart/form-data; boundary=x";
                    default -> null;
                });
    }

    /** A response that remembers its status and headers. */
    private static HttpServletResponse response(Map<String, Object> seen) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }

            @Override
            public void write(int b) {
                body.write(b);
            }
        };
        return (HttpServletResponse) Proxy.newProxyInstance(RequestLimitsTest.class.getClassLoader(),
                new Class<?>[]{HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setStatus" -> seen.put("status", args[0]);
                        case "setHeader" -> seen.put((String) args[0], args[1]);
                        case "getOutputStream" -> {
                            return out;
                        }
                        default -> {
                        }
                    }
                    return null;
                });
    }

    @Test
    void a_second_upload_while_one_is_being_received_gets_503_with_retry_after() throws Exception {
        RequestLimits limits = new RequestLimits(6 * 1024 * 1024, 1024 * 1024, 1);
        CountDownLatch receiving = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        FilterChain slow = (req, res) -> {
            receiving.countDown();
            try {
                finish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Map<String, Object> firstSeen = new HashMap<>();
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try {
                limits.doFilter(upload(), response(firstSeen), slow);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(receiving.await(5, TimeUnit.SECONDS)).isTrue();

        Map<String, Object> secondSeen = new HashMap<>();
        boolean[] passed = {false};
        limits.doFilter(upload(), response(secondSeen), (req, res) -> passed[0] = true);
        assertThat(passed[0]).isFalse();
        assertThat(secondSeen).containsEntry("status", 503).containsEntry("Retry-After", "5");

        finish.countDown();
        first.get(5, TimeUnit.SECONDS);
        assertThat(firstSeen).doesNotContainKey("status");
        Map<String, Object> thirdSeen = new HashMap<>();
        limits.doFilter(upload(), response(thirdSeen), (req, res) -> passed[0] = true);
        assertThat(passed[0]).as("once the first is done, the next one is received").isTrue();
    }
}
